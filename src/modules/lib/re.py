"""Regular expressions: Pattern and Match objects over the native `_re` engine.

The engine compiles a pattern once into a program named by a handle and answers each search
with a tuple of positions (lastindex, start0, end0, start1, end1, ...); this module turns
those into the objects and strings Python code sees.
"""

import sys as _sys

import _re
from _slotted import build as _build

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
    "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807

# Flag values and names in the order a Pattern's repr lists them.
_FLAG_NAMES = (
    (1, "TEMPLATE"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (32, "UNICODE"),
    (64, "VERBOSE"),
    (128, "DEBUG"),
    (256, "ASCII"),
)

# RegexFlag's members in their definition order (its repr, name and iteration use it).
_MEMBERS = (
    (256, "ASCII"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (32, "UNICODE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (64, "VERBOSE"),
    (1, "TEMPLATE"),
    (128, "DEBUG"),
)
_ALIASES = {"A": "ASCII", "I": "IGNORECASE", "L": "LOCALE", "U": "UNICODE", "M": "MULTILINE",
            "S": "DOTALL", "X": "VERBOSE", "T": "TEMPLATE"}
_ALL_BITS = 511


def _flag_text(value):
    if not value:
        return "re.NOFLAG"
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


def _member_names(value):
    """The member names in value (definition order) and a hex tail for other bits."""
    names = [name for bit, name in _MEMBERS if value & bit]
    if names and value & ~_ALL_BITS:
        names.append(hex(value & ~_ALL_BITS))
    return names


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([RegexFlag(bit) for bit, _ in _MEMBERS])

    def __len__(cls):
        return len(_MEMBERS)

    def __getitem__(cls, name):
        if name == "NOFLAG":
            return RegexFlag(0)
        for bit, member in _MEMBERS:
            if member == name:
                return RegexFlag(bit)
        raise KeyError(name)

    def __getattr__(cls, name):
        name = _ALIASES.get(name, name)
        if name == "NOFLAG":
            return RegexFlag(0)
        for bit, member in _MEMBERS:
            if member == name:
                return RegexFlag(bit)
        raise AttributeError(name)

    def __call__(cls, value):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        return type.__call__(cls, value)


class RegexFlag(int, metaclass=_FlagType):
    """Flags for compile(): an int whose repr names the flags."""

    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if not value:
            return "re.NOFLAG"
        names = _member_names(value)
        if not names:
            return "re.RegexFlag(%d)" % value
        return "|".join(n if n.startswith("0x") else "re." + n for n in names)

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else int.__format__(int(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if not value:
            return "NOFLAG"
        names = _member_names(value)
        return "|".join(names) if names else None

    def __iter__(self):
        value = int(self)
        return iter([RegexFlag(bit) for bit, _ in _MEMBERS if value & bit])

    def __len__(self):
        value = int(self)
        return sum(1 for bit, _ in _MEMBERS if value & bit)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'RegexFlag'"
                            % type(other).__name__)
        return int(other) & int(self) == int(other)

    def __invert__(self):
        return RegexFlag(_ALL_BITS & ~int(self))

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A regular expression or replacement template that cannot be compiled.

    msg: the bare message; pattern: the text; pos: where it went wrong (or None);
    lineno, colno: the same position as line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        super().__init__(msg)


class _GroupIndex:
    """A read-only view of a pattern's group names (CPython shows a mappingproxy)."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 32 and flags & 256:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")


def _type_error(string):
    return TypeError(
        "expected string or bytes-like object, got '%s'" % type(string).__name__
    )


_ESCAPES = {"a": "\x07", "b": "\x08", "f": "\x0c", "n": "\n", "r": "\r", "t": "\t",
            "v": "\x0b", "\\": "\\"}
_DIGITS = "0123456789"
_OCTAL = "01234567"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(pattern, repl):
    """A replacement template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(repl, str)
    has_escape = (92 in repl) if is_bytes else ("\\" in repl)
    if not has_escape:
        return [repl] if repl else []
    text = "".join(map(chr, repl)) if is_bytes else repl
    items = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups
    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = text[i + 1]
        index = None
        if d == "g":
            j = i + 2
            if j >= n or text[j] != "<":
                raise error("missing <", repl, j)
            k = text.find(">", j + 1)
            if k < 0:
                if j + 1 >= n:
                    raise error("missing group name", repl, j + 1)
                raise error("missing >, unterminated name", repl, j + 1)
            name = text[j + 1:k]
            if not name:
                raise error("missing group name", repl, j + 1)
            if all(ch in _DIGITS for ch in name):
                index = int(name)
                if index > groups:
                    raise error("invalid group reference %d" % index, repl, j + 1)
            elif name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                raise error("bad character in group name %r" % name, repl, j + 1)
            i = k + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and text[j] in _OCTAL:
                j += 1
            lit.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d in _DIGITS:
            if (i + 3 < n and d in _OCTAL and text[i + 2] in _OCTAL
                    and text[i + 3] in _OCTAL):
                value = int(text[i + 1:i + 4], 8)
                if value > 0o377:
                    raise error(
                        "octal escape value %s outside of range 0-0o377" % text[i:i + 4],
                        repl, i)
                lit.append(chr(value))
                i += 4
            else:
                j = i + 2
                if j < n and text[j] in _DIGITS:
                    j += 1
                index = int(text[i + 1:j])
                if index > groups:
                    raise error("invalid group reference %d" % index, repl, i + 1)
                i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d in _LETTERS:
            raise error("bad escape \\" + d, repl, i)
        else:
            lit.append("\\")
            lit.append(d)
            i += 2
        if index is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(index)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [bytes(map(ord, x)) if isinstance(x, str) else x for x in items]
    return items


def _expand(items, string, spans, empty):
    """Fills a parsed template from one match's spans."""
    out = []
    for item in items:
        if item.__class__ is int:
            s = spans[1 + 2 * item]
            if s >= 0:
                out.append(string[s:spans[2 + 2 * item]])
        else:
            out.append(item)
    return empty.join(out)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_handle", "_type",
                 "_names", "_templates")

    def __repr__(self):
        flags = self.flags
        if self._type is str and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_text(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._type is other._type and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    @classmethod
    def __class_getitem__(cls, item):
        from _typeforms import GenericAlias
        return GenericAlias(cls, item)

    # Patterns come only from compile(), built slot by slot (`_make_pattern`).
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _check(self, string):
        if self._type is str:
            if isinstance(string, str):
                return
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            if isinstance(string, (bytes, bytearray)):
                return
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        raise _type_error(string)

    # search, match and fullmatch are native (`_re.pattern_*`): they build the Match
    # themselves and hand the uncommon calls to `_find` below.
    search = _re.pattern_search
    match = _re.pattern_match
    fullmatch = _re.pattern_fullmatch

    # scanner, finditer, split, sub and subn are native too (`_re.pattern_*`); sub and subn
    # parse a template with `_template` below.
    scanner = _re.pattern_scanner
    finditer = _re.pattern_finditer
    split = _re.pattern_split
    sub = _re.pattern_sub
    subn = _re.pattern_subn

    def _scan(self, string, pos, endpos, limit):
        if string.__class__ is not self._type:
            self._check(string)
        return _re.scan(self._handle, string, pos, endpos, limit)

    # Native (`_re.pattern_findall`), with `_findall` below off its fast path.
    findall = _re.pattern_findall

    def _findall(self, string, pos, endpos):
        """Every non-overlapping match: strings, or tuples of groups."""
        found = self._scan(string, pos, endpos, 0)
        if string.__class__ is bytearray:
            string = bytes(string)
        groups = self.groups
        if groups == 0:
            return [string[sp[1]:sp[2]] for sp in found]
        empty = string[0:0]
        if groups == 1:
            return [string[sp[3]:sp[4]] if sp[3] >= 0 else empty for sp in found]
        out = []
        for sp in found:
            row = []
            for g in range(1, groups + 1):
                s = sp[2 * g + 1]
                row.append(string[s:sp[2 * g + 2]] if s >= 0 else empty)
            out.append(tuple(row))
        return out

    def _template(self, repl):
        """repl parsed as a list of literal strings and group numbers (cached)."""
        if repl.__class__ is not str and repl.__class__ is not bytes:
            if isinstance(repl, (bytearray, memoryview)):
                repl = bytes(repl)
            elif not isinstance(repl, (str, bytes)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
        templates = self._templates
        if templates is None:
            templates = self._templates = {}
        items = templates.get(repl)
        if items is None:
            items = _parse_template(self, repl)
            templates[repl] = items
        return items

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")


def _find(self, mode, string, pos=0, endpos=_MAXSIZE):
    """Pattern.search (mode 0), match (1) or fullmatch (2) off the native fast path."""
    if string.__class__ is not self._type:
        self._check(string)
    spans = _re.match(self._handle, string, pos, endpos, mode)
    if spans is None:
        return None
    return _new_match(self, string, spans, pos, endpos)


def _new_match(pattern, string, spans, pos, endpos):
    """The Match for spans found in string[pos:endpos], pos and endpos clamped to the string."""
    n = len(string)
    pos = 0 if pos < 0 else (n if pos > n else pos)
    endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
    # Slices of a bytearray subject are bytes.
    text = bytes(string) if string.__class__ is bytearray else string
    return _build(Match, spans, text, string, pattern, pos, endpos)


class Match:
    """The result of a successful search: the matched text, its groups and their spans."""

    __slots__ = ("_spans", "_text", "string", "re", "pos", "endpos")

    # Matches come only from a Pattern, built slot by slot (`_new_match`): no __init__ runs.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    __repr__ = _re.match_repr

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        from _typeforms import GenericAlias
        return GenericAlias(cls, item)

    # The per-match accessors are native (`_re.match_*`), reading the slots above.
    group = _re.match_group
    __getitem__ = _re.match_getitem
    groups = _re.match_groups
    groupdict = _re.match_groupdict
    start = _re.match_start
    end = _re.match_end
    span = _re.match_span

    regs = property(_re.match_regs)
    lastindex = property(_re.match_lastindex)
    lastgroup = property(_re.match_lastgroup)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def expand(self, template):
        """template with group references filled in, as sub() would."""
        items = self.re._template(template)
        empty = "" if self.re._type is str else b""
        return _expand(items, self._text, self._spans, empty)


def _warn_future(messages):
    """Gives the parse's FutureWarnings, attributed to the first caller outside this module."""
    import warnings
    frame = _sys._getframe(2)
    level = 3
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
        level += 1
    for message in messages:
        warnings.warn(message, FutureWarning, stacklevel=level)


def _make_pattern(pattern, flags):
    info = _re.compile(pattern, flags)
    if info[4]:
        _warn_future(info[4])
    if info[0] is None:
        if info[3] == 1:
            raise OverflowError(info[1])
        if info[3] == 2:
            raise RecursionError(info[1])
        if info[2] is None:
            raise error(info[1])
        raise error(info[1], pattern, info[2])
    # As in CPython, the flags are checked once the pattern has parsed.
    _check_flags(pattern, flags)
    handle, groups, names, final, _ = info
    is_str = isinstance(pattern, str)
    if is_str:
        if final & 32 and final & 256:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not final & 256:
            final |= 32
    return _build(Pattern, pattern, final, groups, _GroupIndex(dict(names)), handle,
                  str if is_str else bytes, names, None)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if flags.__class__ is not int:
        if not isinstance(flags, int):
            # CPython hashes the flags (its cache key), then fails in `flags & DEBUG`.
            hash(flags)
            raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                            % type(flags).__name__)
        flags = int(flags)
    key = (pattern.__class__, pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _make_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """The first match of pattern anywhere in string, or None."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.search(string)


def match(pattern, string, flags=0):
    """A match of pattern at the start of string, or None."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    """A match of pattern against all of string, or None."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.fullmatch(string)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, as strings or tuples of groups."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over every non-overlapping match."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements) for sub()."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of pattern."""
    p = _cache.get((pattern.__class__, pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p.split(string, maxsplit)


def template(pattern, flags=0):
    """Compile a template pattern (deprecated): no repetition allowed."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | TEMPLATE)


class SRE_Scanner:
    """What Pattern.scanner() returns: each match() or search() (native) starts where the last
    match ended; after an empty match the next one must move on; a failure ends it."""

    __module__ = "_sre"
    __slots__ = ("pattern", "_string", "_text", "_next", "_pos", "_endpos", "_advance")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_sre.SRE_Scanner' is not an acceptable base type")

    match = _re.sre_scanner_match
    search = _re.sre_scanner_search


_PatternScanner = SRE_Scanner
del SRE_Scanner


class Scanner:
    """A simple lexer: lexicon is a list of (pattern, action) pairs; scan() matches them in
    turn from the start of a string, calling each callable action with (scanner, text)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(compile(phrase, flags), action) for phrase, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        i = 0
        n = len(string)
        while True:
            m = None
            for pattern, action in self._phrases:
                m = pattern.match(string, i)
                if m is not None:
                    break
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
            if i > n:
                break
        return result, string[i:]


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with every regex metacharacter backslash-escaped."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = str(pattern, "latin1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin1")


_re.register(Match, Pattern, _PatternScanner, _find, Pattern._findall, Pattern._template)
Pattern.__tp_name__ = "re.Pattern"
Match.__tp_name__ = "re.Match"
_PatternScanner.__tp_name__ = "_sre.SRE_Scanner"
