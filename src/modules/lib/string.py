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
