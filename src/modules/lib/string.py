"""string for pyseal: character-class constants, capwords and Template."""

import re as _re

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Every printable ASCII character that is neither a letter nor a digit, in code order.
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


class _Chain:
    """Keyword arguments first, then the mapping (as CPython's ChainMap(kws, mapping))."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


_no_mapping = {}


class Template:
    """$-substitution: $name, ${name}; $$ is a literal $.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern` and `flags`, or give a
    whole `pattern` (with the groups escaped, named, braced and invalid); the class compiles
    it when it is created.
    """

    delimiter = '$'
    flags = _re.IGNORECASE
    # ASCII only, even under IGNORECASE.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            own = cls.pattern
        else:
            mark = _re.escape(cls.delimiter)
            inner = cls.braceidpattern or cls.idpattern
            own = (
                f"{mark}(?:(?P<escaped>{mark})|(?P<named>{cls.idpattern})"
                f"|{{(?P<braced>{inner})}}|(?P<invalid>))"
            )
        cls.pattern = _re.compile(own, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno, colno = len(lines), i - len(''.join(lines[:-1]))
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_no_mapping, /, **kws):
        return _fill(self, _merge(mapping, kws), True)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return _fill(self, _merge(mapping, kws), False)

    def is_valid(self):
        return all(_placeholder(self, m)[0] != 'invalid'
                   for m in self.pattern.finditer(self.template))

    def get_identifiers(self):
        # A dict keeps first-seen order without repeats.
        seen = {}
        for m in self.pattern.finditer(self.template):
            kind, key = _placeholder(self, m)
            if kind == 'name':
                seen.setdefault(key, None)
        return list(seen)


# The base class compiles its own pattern the way every subclass does.
Template.__init_subclass__()


def _merge(mapping, kws):
    if mapping is _no_mapping:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


def _placeholder(tpl, m):
    """What one match of a Template's pattern is: ('name', key), ('escaped', None) or
    ('invalid', None)."""
    key = m.group('named') or m.group('braced')
    if key is not None:
        return 'name', key
    for kind in ('escaped', 'invalid'):
        if m.group(kind) is not None:
            return kind, None
    raise ValueError('Unrecognized named group in pattern', tpl.pattern)


def _fill(tpl, mapping, strict):
    def one(m):
        kind, key = _placeholder(tpl, m)
        if kind == 'escaped':
            return tpl.delimiter
        if kind == 'invalid':
            if strict:
                tpl._invalid(m)
            return m.group()
        if strict:
            return str(mapping[key])
        try:
            return str(mapping[key])
        except KeyError:
            return m.group()

    return tpl.pattern.sub(one, tpl.template)


def _parse_field(s, i):
    """The replacement field starting at s[i] (just after its '{'), scanned as CPython does:
    the name runs to '}', ':' or '!' ('[...]' may hold them); a spec nests braces.
    Returns (name, spec, conversion, index after the closing '}')."""
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    name = s[start:i - 1]
    if c not in '!:':
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            name, spec, conversion, i = _parse_field(s, i + 1)
            yield ''.join(literal), name, spec, conversion
            literal = []
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_parts(field_name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)). As in CPython, the accessors
    are read lazily: a bad one fails only after the first part has been looked up."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_accessors(field_name, i)


def _field_accessors(field_name, i):
    n = len(field_name)
    while i < n:
        if field_name[i] not in '.[':
            # Checked when the next accessor is read, after the previous one was used.
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            i = j
        else:
            close = field_name.find(']', i)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            i = close + 1
            yield False, int(key) if key.isdigit() else key


_NUMBERING_SWITCH = ('cannot switch from manual field specification to '
                     'automatic field numbering')


def _number_field(field, counter):
    """Resolves an empty field name to the next automatic index. `counter` is False once
    fields were numbered by hand; the two ways cannot be mixed."""
    if field == '':
        if counter is False:
            raise ValueError(_NUMBERING_SWITCH)
        return str(counter), counter + 1
    if field.isdigit():
        if counter:
            raise ValueError(_NUMBERING_SWITCH)
        return field, False
    return field, counter


class Formatter:
    """str.format's machinery, with each step a method to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        keys_used = set()
        text = self._vformat(format_string, args, kwargs, keys_used, 2)[0]
        self.check_unused_args(keys_used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for text, field, spec, conversion in self.parse(format_string):
            if text:
                out.append(text)
            if field is None:
                continue
            field, auto_arg_index = _number_field(field, auto_arg_index)
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_arg_index

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_parts(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, part in rest:
            value = getattr(value, part) if is_attr else value[part]
        return value, first

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        return None

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for code, convert in (('s', str), ('r', repr), ('a', ascii)):
            if conversion == code:
                return convert(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def format_field(self, value, format_spec):
        return format(value, format_spec)
