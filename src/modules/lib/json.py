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
        if type(self).iterencode is not JSONEncoder.iterencode or (
                self.indent is not None and not _str_pair(self.item_separator,
                                                          self.key_separator)):
            # (CPython's indenting encoder is Python code: a separator that is no str
            # fails only where it is used.)
            return "".join(self.iterencode(o, _one_shot=True))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _native_encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                              self.allow_nan, self.sort_keys, indent, self.item_separator,
                              self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in chunks, cut where CPython's pure-Python encoder cuts them."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        if _one_shot and indent is None:
            return [_native_encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                                   self.allow_nan, self.sort_keys, None, self.item_separator,
                                   self.key_separator, self.default)]
        markers = {} if self.check_circular else None
        return self._iterencode(o, 0, indent, markers)

    def _scalar(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_str(o, self.allow_nan)
        return None

    def _iterencode(self, o, level, indent, markers):
        text = self._scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self._iterencode_list(o, level, indent, markers)
        elif isinstance(o, dict):
            yield from self._iterencode_dict(o, level, indent, markers)
        else:
            markerid = id(o)
            if markers is not None:
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = self.default(o)
            yield from self._iterencode(o, level, indent, markers)
            if markers is not None:
                del markers[markerid]

    def _nested(self, value, level, indent, markers):
        if isinstance(value, (list, tuple)):
            return self._iterencode_list(value, level, indent, markers)
        if isinstance(value, dict):
            return self._iterencode_dict(value, level, indent, markers)
        return self._iterencode(value, level, indent, markers)

    def _iterencode_list(self, lst, level, indent, markers):
        if not lst:
            yield "[]"
            return
        if markers is not None:
            if id(lst) in markers:
                raise ValueError("Circular reference detected")
            markers[id(lst)] = lst
        buf = "["
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self._scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self._nested(value, level, indent, markers)
        if newline_indent is not None:
            level -= 1
            yield "\n" + indent * level
        yield "]"
        if markers is not None:
            del markers[id(lst)]

    def _iterencode_dict(self, dct, level, indent, markers):
        if not dct:
            yield "{}"
            return
        if markers is not None:
            if id(dct) in markers:
                raise ValueError("Circular reference detected")
            markers[id(dct)] = dct
        yield "{"
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encode_str(key, self.ensure_ascii)
            yield self.key_separator
            text = self._scalar(value)
            if text is not None:
                yield text
            else:
                yield from self._nested(value, level, indent, markers)
        if newline_indent is not None:
            level -= 1
            yield "\n" + indent * level
        yield "}"
        if markers is not None:
            del markers[id(dct)]

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


def _default(o):
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def _str_pair(a, b):
    return isinstance(a, str) and isinstance(b, str)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        else:
            item_sep, key_sep = (", " if indent is None else ","), ": "
        if indent is not None and not _str_pair(item_sep, key_sep):
            return JSONEncoder(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                               check_circular=check_circular, allow_nan=allow_nan,
                               indent=indent, separators=separators, default=default,
                               sort_keys=sort_keys).encode(obj)
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _native_encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
                              indent, item_sep, key_sep, default or _default)
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    opts = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                allow_nan=allow_nan, indent=indent, separators=separators, sort_keys=sort_keys)
    if cls is None and default is None and not kw:
        # The native encoder calls no Python code here, so a failed attempt has no effects;
        # the chunked encoder below then writes what CPython writes before the same error.
        try:
            text = dumps(obj, **opts)
        except (TypeError, ValueError, RecursionError):
            pass
        else:
            fp.write(text)
            return
    encoder = (cls or JSONEncoder)(default=default, **opts, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


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
