"""json for pyseal: JSON encoding and decoding with CPython's output and error messages.

The work is native (`_json.encode` and `_json.scan`); the classes here hold the options and
keep CPython's extension points: a JSONEncoder subclass's `default`, `encode` and `iterencode`
and a JSONDecoder subclass's `decode` and `raw_decode` are honoured.
"""

from _json import encode as _native_encode, scan as _native_scan

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_str(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if type(self).iterencode is not JSONEncoder.iterencode:
            return "".join(self.iterencode(o, _one_shot=True))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _native_encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                              self.allow_nan, self.sort_keys, indent, self.item_separator,
                              self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        parts = []
        self._encode(o, parts, 0, set() if self.check_circular else None)
        return parts

    def _newline(self, level):
        if self.indent is None:
            return None
        ind = self.indent if isinstance(self.indent, str) else " " * self.indent
        return "\n" + ind * level

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")

    def _encode(self, o, parts, level, markers):
        if isinstance(o, str):
            parts.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            parts.append("null")
        elif o is True:
            parts.append("true")
        elif o is False:
            parts.append("false")
        elif isinstance(o, int):
            parts.append(int.__repr__(o))
        elif isinstance(o, float):
            parts.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, parts, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, parts, level, markers)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers.add(id(o))
            self._encode(self.default(o), parts, level, markers)
            if markers is not None:
                markers.discard(id(o))

    def _encode_list(self, o, parts, level, markers):
        if not o:
            parts.append("[]")
            return
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers.add(id(o))
        parts.append("[")
        nl = self._newline(level + 1)
        sep = self.item_separator
        if nl is not None:
            parts.append(nl)
            sep = self.item_separator + nl
        for i, item in enumerate(o):
            if i:
                parts.append(sep)
            self._encode(item, parts, level + 1, markers)
        if nl is not None:
            parts.append(self._newline(level))
        parts.append("]")
        if markers is not None:
            markers.discard(id(o))

    def _encode_dict(self, o, parts, level, markers):
        if not o:
            parts.append("{}")
            return
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers.add(id(o))
        parts.append("{")
        nl = self._newline(level + 1)
        sep = self.item_separator
        if nl is not None:
            parts.append(nl)
            sep = self.item_separator + nl
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                parts.append(sep)
            first = False
            parts.append(_encode_str(key, self.ensure_ascii))
            parts.append(self.key_separator)
            self._encode(v, parts, level + 1, markers)
        if nl is not None:
            parts.append(self._newline(level))
        parts.append("}")
        if markers is not None:
            markers.discard(id(o))


def _default(o):
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        else:
            item_sep, key_sep = (", " if indent is None else ","), ": "
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _native_encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
                              indent, item_sep, key_sep, default or _default)
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if type(self).raw_decode is not JSONDecoder.raw_decode:
            obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
            end = _skip_ws(s, end)
            if end != len(s):
                raise JSONDecodeError("Extra data", s, end)
            return obj
        return _native_scan(s, 0, True, self.strict, self.object_hook, self.object_pairs_hook,
                            self.parse_float, self.parse_int, self.parse_constant,
                            JSONDecodeError)

    def raw_decode(self, s, idx=0):
        return _native_scan(s, idx, False, self.strict, self.object_hook, self.object_pairs_hook,
                            self.parse_float, self.parse_int, self.parse_constant,
                            JSONDecodeError)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i


def _detect_encoding(b):
    """The encoding of a JSON document in bytes: from its BOM, else from where the zero bytes
    of its first (ASCII) characters fall."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if b.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "utf-16"
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(_detect_encoding(s))
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if cls is None and not kw:
        return _native_scan(s, 0, True, True, object_hook, object_pairs_hook, parse_float,
                            parse_int, parse_constant, JSONDecodeError)
    cls = cls or JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
