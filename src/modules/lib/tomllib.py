"""tomllib for pyseal: parsing TOML 1.0 into dicts (loads, load)."""

import datetime as _dt
import re as _re

__all__ = ['loads', 'load', 'TOMLDecodeError']


class TOMLDecodeError(ValueError):
    """The TOML document is not valid."""


TOMLDecodeError.__module__ = 'tomllib'

_BARE_KEY = _re.compile(r'[A-Za-z0-9_-]+')
_DATETIME = _re.compile(
    r'(\d{4})-(\d{2})-(\d{2})'
    r'(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})?)?')
_LOCAL_TIME = _re.compile(r'(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?')
_NUMBER = _re.compile(
    r'0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*'
    r'|[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?'
    r'|[+-]?(?:inf|nan)')
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def load(fp, /, *, parse_float=float):
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', "
                        "'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """The TOML document s as a dict."""
    if not isinstance(s, str):
        raise TypeError(f"Expected str object, not '{type(s).__qualname__}'")
    return _Parser(s.replace('\r\n', '\n'), parse_float).document()


class _Parser:
    def __init__(self, text, parse_float):
        self.s = text
        self.i = 0
        self.parse_float = parse_float
        self.root = {}
        # Tables defined by a [header] or by keys, and the ones closed to further keys.
        self.explicit = set()
        self.frozen = set()
        self.arrays_of_tables = set()

    # -- errors and positions --

    def error(self, msg, pos=None):
        pos = self.i if pos is None else pos
        line = self.s.count('\n', 0, pos) + 1
        col = pos - (self.s.rfind('\n', 0, pos) + 1) + 1
        if pos >= len(self.s):
            where = 'end of document'
        else:
            where = f'line {line}, column {col}'
        return TOMLDecodeError(f'{msg} (at {where})')

    def peek(self, n=1):
        return self.s[self.i:self.i + n]

    def skip_ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t':
            self.i += 1

    def skip_comment(self):
        if self.peek() == '#':
            end = self.s.find('\n', self.i)
            comment = self.s[self.i:end if end >= 0 else len(self.s)]
            for ch in comment:
                if (ord(ch) < 0x20 and ch != '\t') or ch == '\x7f':
                    raise self.error('Illegal character', self.i + comment.index(ch))
            self.i = end if end >= 0 else len(self.s)

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.i < len(self.s):
            if self.s[self.i] != '\n':
                raise self.error('Expected newline or end of document after a statement')
            self.i += 1

    # -- document --

    def document(self):
        current = ()
        while True:
            while True:
                self.skip_ws()
                self.skip_comment()
                if self.peek() == '\n':
                    self.i += 1
                    continue
                break
            if self.i >= len(self.s):
                return self.root
            if self.peek(2) == '[[':
                current = self.array_table_header()
            elif self.peek() == '[':
                current = self.table_header()
            else:
                ch = self.peek()
                if not (ch in '"\'' or _BARE_KEY.match(ch)):
                    raise self.error('Invalid statement')
                self.key_value(current)
            self.end_of_line()

    def table_header(self):
        self.i += 1
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if self.peek() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        if key in self.explicit or key in self.frozen:
            raise self.error(f'Cannot declare {key} twice')
        table = self.descend(key[:-1], header=True)
        last = key[-1]
        if last in table:
            if not isinstance(table[last], dict) or key in self.arrays_of_tables:
                raise self.error(f'Cannot declare {key} twice')
        else:
            table[last] = {}
        self.i += 1
        self.explicit.add(key)
        return key

    def array_table_header(self):
        self.i += 2
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if self.peek(2) != ']]':
            raise self.error("Expected ']]' at the end of an array declaration")
        self.i += 2
        if key in self.frozen:
            raise self.error(f'Cannot mutate immutable namespace {key}')
        table = self.descend(key[:-1], header=True)
        last = key[-1]
        if last not in table:
            table[last] = []
            self.arrays_of_tables.add(key)
        elif not isinstance(table[last], list) or key not in self.arrays_of_tables:
            raise self.error(f'Cannot mutate immutable namespace {key}')
        table[last].append({})
        # A new element: its subtables may be declared again.
        self.explicit = {k for k in self.explicit if k[:len(key)] != key}
        return key

    def descend(self, path, header=False):
        """The table at path (through the last element of arrays of tables), made as needed."""
        table = self.root
        for depth in range(len(path)):
            name = path[depth]
            prefix = path[:depth + 1]
            if prefix in self.frozen:
                raise self.error(f'Cannot mutate immutable namespace {prefix}')
            if name not in table:
                table[name] = {}
            value = table[name]
            if isinstance(value, list):
                if prefix not in self.arrays_of_tables:
                    raise self.error(f'Cannot mutate immutable namespace {prefix}')
                value = value[-1]
            elif not isinstance(value, dict):
                raise self.error(f'Cannot overwrite a value (at {prefix})')
            table = value
        return table

    def key_value(self, current):
        key = self.key()
        self.skip_ws()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.i += 1
        self.skip_ws()
        value = self.value()
        full = current + key
        parent = self.descend(current)
        # Dotted keys make (and own) intermediate tables.
        for depth in range(len(key) - 1):
            prefix = current + key[:depth + 1]
            if prefix in self.explicit and depth < len(key) - 1 and prefix != current:
                raise self.error(f'Cannot redefine namespace {prefix}')
            name = key[depth]
            if name not in parent:
                parent[name] = {}
                self.explicit.add(prefix)
            elif not isinstance(parent[name], dict) or prefix in self.frozen:
                raise self.error(f'Cannot mutate immutable namespace {prefix}')
            parent = parent[name]
        last = key[-1]
        if last in parent:
            raise self.error('Cannot overwrite a value')
        parent[last] = value
        if isinstance(value, (dict, list)):
            self.freeze(full, value)

    def freeze(self, key, value):
        """Inline tables and arrays are complete: nothing may add to them later."""
        self.frozen.add(key)
        if isinstance(value, dict):
            for name, inner in value.items():
                if isinstance(inner, (dict, list)):
                    self.freeze(key + (name,), inner)

    def key(self):
        parts = [self.simple_key()]
        while True:
            self.skip_ws()
            if self.peek() != '.':
                return tuple(parts)
            self.i += 1
            self.skip_ws()
            parts.append(self.simple_key())

    def simple_key(self):
        ch = self.peek()
        if ch == '"':
            if self.peek(3) == '"""':
                raise self.error('Invalid initial character for a key part')
            return self.basic_string()
        if ch == "'":
            if self.peek(3) == "'''":
                raise self.error('Invalid initial character for a key part')
            return self.literal_string()
        m = _BARE_KEY.match(self.s, self.i)
        if not m:
            raise self.error('Invalid initial character for a key part')
        self.i = m.end()
        return m.group()

    # -- values --

    def value(self):
        ch = self.peek()
        if ch == '"':
            if self.peek(3) == '"""':
                return self.multiline_basic()
            return self.basic_string()
        if ch == "'":
            if self.peek(3) == "'''":
                return self.multiline_literal()
            return self.literal_string()
        if ch == 't' and self.s.startswith('true', self.i):
            self.i += 4
            return True
        if ch == 'f' and self.s.startswith('false', self.i):
            self.i += 5
            return False
        if ch == '[':
            return self.array()
        if ch == '{':
            return self.inline_table()
        m = _DATETIME.match(self.s, self.i)
        if m:
            value = self.datetime(m)
            if value is not None:
                return value
        m = _LOCAL_TIME.match(self.s, self.i)
        if m:
            self.i = m.end()
            h, mi, sec, frac = m.groups()
            micro = int((frac or '0')[:6].ljust(6, '0'))
            try:
                return _dt.time(int(h), int(mi), int(sec), micro)
            except ValueError:
                raise self.error('Invalid time', m.start()) from None
        m = _NUMBER.match(self.s, self.i)
        if m and m.group():
            return self.number(m)
        raise self.error('Invalid value')

    def number(self, m):
        text = m.group()
        self.i = m.end()
        clean = text.replace('_', '')
        if clean[:2] in ('0x', '0o', '0b'):
            return int(clean[2:], {'x': 16, 'o': 8, 'b': 2}[clean[1]])
        if clean.lstrip('+-') in ('inf', 'nan'):
            return self.parse_float(clean)
        if any(c in clean for c in '.eE'):
            value = self.parse_float(clean)
            if isinstance(value, (dict, list)):
                raise ValueError('parse_float must not return dicts or lists')
            return value
        return int(clean)

    def datetime(self, m):
        year, month, day, hour, minute, sec, frac, tz = m.groups()
        self.i = m.end()
        try:
            if hour is None:
                return _dt.date(int(year), int(month), int(day))
            micro = int((frac or '0')[:6].ljust(6, '0'))
            tzinfo = None
            if tz:
                if tz in 'Zz':
                    tzinfo = _dt.timezone.utc
                else:
                    sign = -1 if tz[0] == '-' else 1
                    offset = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6]))
                    tzinfo = _dt.timezone(sign * offset)
            return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute),
                                int(sec), micro, tzinfo=tzinfo)
        except ValueError:
            # Not a valid date: the text is read as something else (a number).
            self.i = m.start()
            return None

    def basic_string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise self.error('Unterminated string')
            ch = self.s[self.i]
            if ch == '"':
                self.i += 1
                return ''.join(out)
            if ch == '\n':
                raise self.error('Unterminated string')
            if ch == '\\':
                out.append(self.escape())
                continue
            if (ord(ch) < 0x20 and ch != '\t') or ch == '\x7f':
                raise self.error('Illegal character')
            out.append(ch)
            self.i += 1

    def escape(self):
        code = self.s[self.i + 1:self.i + 2]
        if code in _ESCAPES:
            self.i += 2
            return _ESCAPES[code]
        if code in ('u', 'U'):
            width = 4 if code == 'u' else 8
            digits = self.s[self.i + 2:self.i + 2 + width]
            if len(digits) != width or not all(c in '0123456789abcdefABCDEF' for c in digits):
                raise self.error('Unescaped \'\\\' in a string')
            n = int(digits, 16)
            if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
                raise self.error('Escaped character is not a Unicode scalar value')
            self.i += 2 + width
            return chr(n)
        raise self.error("Unescaped '\\' in a string")

    def literal_string(self):
        end = self.s.find("'", self.i + 1)
        newline = self.s.find('\n', self.i + 1)
        if end < 0 or (0 <= newline < end):
            raise self.error('Unterminated string')
        text = self.s[self.i + 1:end]
        for k, ch in enumerate(text):
            if (ord(ch) < 0x20 and ch != '\t') or ch == '\x7f':
                raise self.error('Illegal character', self.i + 1 + k)
        self.i = end + 1
        return text

    def multiline_basic(self):
        self.i += 3
        if self.peek() == '\n':
            self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise self.error('Unterminated string')
            if self.s.startswith('"""', self.i):
                # Up to two more quotes belong to the string.
                extra = 0
                while extra < 2 and self.s.startswith('"', self.i + 3 + extra):
                    extra += 1
                out.append('"' * extra)
                self.i += 3 + extra
                return ''.join(out)
            ch = self.s[self.i]
            if ch == '\\':
                nxt = self.s[self.i + 1:self.i + 2]
                rest = self.s[self.i + 1:]
                stripped = rest.lstrip(' \t')
                if nxt in (' ', '\t', '\n') and stripped.startswith('\n'):
                    # A line-ending backslash: the newline and the following whitespace go.
                    j = self.i + 1
                    while j < len(self.s) and self.s[j] in ' \t\n':
                        j += 1
                    self.i = j
                    continue
                out.append(self.escape())
                continue
            if (ord(ch) < 0x20 and ch not in '\t\n') or ch == '\x7f':
                raise self.error('Illegal character')
            out.append(ch)
            self.i += 1

    def multiline_literal(self):
        self.i += 3
        if self.peek() == '\n':
            self.i += 1
        end = self.s.find("'''", self.i)
        if end < 0:
            raise self.error('Unterminated string')
        extra = 0
        while extra < 2 and self.s.startswith("'", end + 3 + extra):
            extra += 1
        text = self.s[self.i:end + extra]
        for k, ch in enumerate(text):
            if (ord(ch) < 0x20 and ch not in '\t\n') or ch == '\x7f':
                raise self.error('Illegal character', self.i + k)
        self.i = end + 3 + extra
        return text

    def skip_array_space(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == '\n':
                self.i += 1
                continue
            return

    def array(self):
        self.i += 1
        items = []
        while True:
            self.skip_array_space()
            if self.peek() == ']':
                self.i += 1
                return items
            items.append(self.value())
            self.skip_array_space()
            ch = self.peek()
            if ch == ',':
                self.i += 1
                continue
            if ch == ']':
                self.i += 1
                return items
            raise self.error('Unclosed array')

    def inline_table(self):
        self.i += 1
        table = {}
        defined = set()
        self.skip_ws()
        if self.peek() == '}':
            self.i += 1
            return table
        while True:
            self.skip_ws()
            key = self.key()
            self.skip_ws()
            if self.peek() != '=':
                raise self.error("Expected '=' after a key in a key/value pair")
            self.i += 1
            self.skip_ws()
            value = self.value()
            target = table
            for depth, name in enumerate(key[:-1]):
                prefix = key[:depth + 1]
                if name not in target:
                    target[name] = {}
                    defined.add(prefix)
                elif not isinstance(target[name], dict) or prefix not in defined:
                    raise self.error(f'Cannot overwrite a value (at {key})')
                target = target[name]
            if key[-1] in target:
                raise self.error(f'Duplicate inline table key {key[-1]!r}')
            target[key[-1]] = value
            self.skip_ws()
            ch = self.peek()
            if ch == '}':
                self.i += 1
                return table
            if ch != ',':
                raise self.error("Unclosed inline table")
            self.i += 1
