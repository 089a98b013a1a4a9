"""string for pyseal: character-class constants, capwords and Template."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ident_start = frozenset(ascii_letters + '_')
_ident_rest = frozenset(ascii_letters + digits + '_')


class Template:
    """$-substitution: $name, ${name}; $$ is a literal $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
                continue
            if k < n and t[k] == '{':
                end = k + 1
                while end < n and t[end] in _ident_rest:
                    end += 1
                name = t[k + 1:end]
                if (name and name[0] in _ident_start and end < n and t[end] == '}'):
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
            elif k < n and t[k] in _ident_start:
                end = k + 1
                while end < n and t[end] in _ident_rest:
                    end += 1
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
                continue
            if safe:
                out.append('$')
                i = k
                continue
            # CPython's numbering: the position just after the '$', counted by splitlines().
            lines = t[:k].splitlines(keepends=True)
            lineno, colno = len(lines), k - len(''.join(lines[:-1]))
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
        return ''.join(out)

    @staticmethod
    def _lookup(mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        for name in _names(self.template):
            if name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        try:
            self._scan(_Everything(), False)
        except ValueError:
            return False
        return True


class _Everything:
    def __getitem__(self, key):
        return ''


def _names(t):
    i = 0
    n = len(t)
    while i < n:
        j = t.find('$', i)
        if j < 0:
            return
        k = j + 1
        if k < n and t[k] == '$':
            i = k + 1
            continue
        start = k + 1 if k < n and t[k] == '{' else k
        end = start
        while end < n and t[end] in _ident_rest:
            end += 1
        if end > start and t[start] in _ident_start and (start == k or (end < n and t[end] == '}')):
            yield t[start:end]
        i = max(end, k)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


def _split_field(field):
    """'name!r:spec' -> ('name', 'spec', 'r'); brackets may hold '!' and ':'."""
    i = 0
    n = len(field)
    while i < n:
        c = field[i]
        if c == '[':
            close = field.find(']', i)
            if close < 0:
                break
            i = close + 1
            continue
        if c in '!:':
            break
        i += 1
    name = field[:i]
    conversion = None
    spec = ''
    rest = field[i:]
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, spec, conversion


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
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            name, spec, conversion = _split_field(s[i + 1:j - 1])
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
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
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            close = field_name.find(']', i)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = close + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    if first.isdigit():
        first = int(first)
    return first, rest


class Formatter:
    """str.format's machinery, with each step a method to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_parts(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
