"""json for pyseal: JSON encoding and decoding with CPython's output and error messages."""

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
        return "".join(self.iterencode(o))

    def iterencode(self, o):
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


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_STR_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


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
        end = self._skip(s, 0)
        obj, end = self.raw_decode(s, end)
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self._constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self._constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self._constant("-Infinity"), i + 9
        return self._number(s, i)

    def _constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        return float(name.replace("Infinity", "inf").replace("NaN", "nan"))

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j >= n or not s[j].isdigit():
            raise JSONDecodeError("Expecting value", s, i)
        if s[j] == "0":
            j += 1
        else:
            while j < n and s[j].isdigit():
                j += 1
        is_float = False
        if j < n and s[j] == "." and j + 1 < n and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        n = len(s)
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\":
                if self.strict and ord(s[j]) < 0x20:
                    raise JSONDecodeError("Invalid control character at", s, j)
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if s[j] == '"':
                return "".join(chunks), j + 1
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc == "u":
                code = s[j + 2:j + 6]
                if len(code) != 4 or not all(c in "0123456789abcdefABCDEF" for c in code):
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, j)
                cp = int(code, 16)
                i = j + 6
                if 0xD800 <= cp <= 0xDBFF and s[i:i + 2] == "\\u":
                    low = s[i + 2:i + 6]
                    if len(low) == 4 and all(c in "0123456789abcdefABCDEF" for c in low):
                        lo = int(low, 16)
                        if 0xDC00 <= lo <= 0xDFFF:
                            cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00))
                            i += 6
                chunks.append(chr(cp))
            else:
                ch = _STR_ESC.get(esc)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(ch)
                i = j + 2

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        items = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self._value(s, i)
            items.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    cls = cls or JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
