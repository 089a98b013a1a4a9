"""marshal for pyseal: CPython's marshal format (version 4) for plain values.

None, bools, Ellipsis, StopIteration, int, float, complex, str, bytes, tuple, list, dict,
set and frozenset round-trip, and loads() reads what CPython's dumps() writes, back
references included. Code objects cannot be marshalled. CPython marks an object for back
reference when something else also holds it, which depends on its reference counts; dumps()
marks the top-level object and the constants a program's source would share.
"""

import struct

__all__ = ["dump", "dumps", "load", "loads", "version"]

version = 4

_FLAG_REF = 0x80
_pack_i = struct.Struct("<i").pack
_pack_I = struct.Struct("<I").pack
_pack_d = struct.Struct("<d").pack
_unpack_i = struct.Struct("<i").unpack_from
_unpack_I = struct.Struct("<I").unpack_from
_unpack_d = struct.Struct("<d").unpack_from


def _is_identifier_like(s):
    return s.isascii() and (s == "" or all(c.isalnum() or c == "_" for c in s))


class _Writer:
    def __init__(self, version):
        self.out = bytearray()
        self.version = version
        self.refs = {}
        self.depth = 0

    def ref_key(self, value):
        if type(value) in (int, float, complex, str, bytes):
            return (type(value), value, repr(value) if type(value) in (float, complex) else None)
        return ("id", id(value))

    def write(self, value, shared):
        out = self.out
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        try:
            if value is None:
                out += b"N"
                return
            if value is False:
                out += b"F"
                return
            if value is True:
                out += b"T"
                return
            if value is Ellipsis:
                out += b"."
                return
            if value is StopIteration:
                out += b"S"
                return
            flag = 0
            if self.version >= 3 and shared:
                key = self.ref_key(value)
                index = self.refs.get(key)
                if index is not None:
                    out += b"r" + _pack_I(index)
                    return
                self.refs[key] = len(self.refs)
                flag = _FLAG_REF
            self.write_body(value, flag)
        finally:
            self.depth -= 1

    def write_body(self, value, flag):
        out = self.out
        t = type(value)
        if t is int:
            if -2 ** 31 <= value < 2 ** 31:
                out.append(ord("i") | flag)
                out += _pack_i(value)
            else:
                out.append(ord("l") | flag)
                n = -value if value < 0 else value
                digits = []
                while n:
                    digits.append(n & 0x7FFF)
                    n >>= 15
                out += _pack_i(-len(digits) if value < 0 else len(digits))
                for d in digits:
                    out += d.to_bytes(2, "little")
        elif t is float:
            out.append(ord("g") | flag)
            out += _pack_d(value)
        elif t is complex:
            out.append(ord("y") | flag)
            out += _pack_d(value.real) + _pack_d(value.imag)
        elif t is str:
            if value.isascii() and self.version >= 4:
                interned = _is_identifier_like(value)
                data = value.encode("ascii")
                if len(data) < 256:
                    out.append(ord("Z" if interned else "z") | flag)
                    out.append(len(data))
                else:
                    out.append(ord("A" if interned else "a") | flag)
                    out += _pack_I(len(data))
                out += data
            else:
                data = value.encode("utf-8", "surrogatepass")
                interned = _is_identifier_like(value) and self.version >= 1
                out.append(ord("t" if interned else "u") | flag)
                out += _pack_I(len(data))
                out += data
        elif t is bytes or t is bytearray:
            out.append(ord("s") | flag)
            out += _pack_I(len(value))
            out += value
        elif t is tuple:
            if len(value) < 256 and self.version >= 4:
                out.append(ord(")") | flag)
                out.append(len(value))
            else:
                out.append(ord("(") | flag)
                out += _pack_I(len(value))
            for item in value:
                self.write(item, self.is_shared(item))
        elif t is list:
            out.append(ord("[") | flag)
            out += _pack_I(len(value))
            for item in value:
                self.write(item, self.is_shared(item))
        elif t is dict:
            out.append(ord("{") | flag)
            for k, v in value.items():
                self.write(k, self.is_shared(k))
                self.write(v, self.is_shared(v))
            out += b"0"
        elif t is set or t is frozenset:
            out.append(ord("<" if t is set else ">") | flag)
            out += _pack_I(len(value))
            for item in value:
                self.write(item, self.is_shared(item))
        else:
            raise ValueError("unmarshallable object")

    def is_shared(self, value):
        """Whether CPython would most likely find `value` held elsewhere too."""
        t = type(value)
        if t in (str, bytes, float, complex):
            return True
        if t is int:
            return True
        if t is tuple:
            return all(self.is_shared(v) for v in value)
        return False


def dumps(value, version=version, /):
    """The bytes of `value` in marshal format."""
    w = _Writer(version)
    w.write(value, True)
    return bytes(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self):
        return self.take(1)[0]

    def int32(self):
        return _unpack_i(self.take(4))[0]

    def uint32(self):
        return _unpack_I(self.take(4))[0]

    def reserve(self, flag):
        if not flag:
            return -1
        self.refs.append(None)
        return len(self.refs) - 1

    def keep(self, index, value):
        if index >= 0:
            self.refs[index] = value
        return value

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.byte()
        flag = code & _FLAG_REF
        c = chr(code & ~_FLAG_REF)
        if c == "N":
            return None
        if c == "F":
            return False
        if c == "T":
            return True
        if c == ".":
            return Ellipsis
        if c == "S":
            return StopIteration
        if c == "r":
            n = self.uint32()
            if n >= len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if c == "i":
            return self.keep(self.reserve(flag), self.int32())
        if c == "l":
            n = self.int32()
            value = 0
            for i in range(abs(n)):
                value |= int.from_bytes(self.take(2), "little") << (15 * i)
            return self.keep(self.reserve(flag), -value if n < 0 else value)
        if c == "g":
            return self.keep(self.reserve(flag), _unpack_d(self.take(8))[0])
        if c == "y":
            re_ = _unpack_d(self.take(8))[0]
            im = _unpack_d(self.take(8))[0]
            return self.keep(self.reserve(flag), complex(re_, im))
        if c in "zZ":
            n = self.byte()
            return self.keep(self.reserve(flag), self.take(n).decode("latin-1"))
        if c in "aA":
            n = self.uint32()
            return self.keep(self.reserve(flag), self.take(n).decode("latin-1"))
        if c in "ut":
            n = self.uint32()
            return self.keep(self.reserve(flag), self.take(n).decode("utf-8", "surrogatepass"))
        if c == "s":
            n = self.uint32()
            return self.keep(self.reserve(flag), bytes(self.take(n)))
        if c in ")(":
            n = self.byte() if c == ")" else self.uint32()
            index = self.reserve(flag)
            return self.keep(index, tuple([self.read() for _ in range(n)]))
        if c == "[":
            n = self.uint32()
            result = self.keep(self.reserve(flag), [])
            for _ in range(n):
                result.append(self.read())
            return result
        if c == "{":
            result = self.keep(self.reserve(flag), {})
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord("0"):
                    self.pos += 1
                    return result
                key = self.read()
                result[key] = self.read()
        if c in "<>":
            n = self.uint32()
            if c == "<":
                result = self.keep(self.reserve(flag), set())
                for _ in range(n):
                    result.add(self.read())
                return result
            index = self.reserve(flag)
            return self.keep(index, frozenset([self.read() for _ in range(n)]))
        if c == "c":
            raise ValueError("bad marshal data (code objects are not supported)")
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    """The value marshalled in the bytes-like `data` (extra bytes after it are ignored)."""
    return _Reader(bytes(data)).read()


def load(file, /):
    """Read one value from the binary `file`, leaving it positioned just after it."""
    data = file.read()
    reader = _Reader(data)
    value = reader.read()
    if hasattr(file, "seek"):
        try:
            file.seek(reader.pos - len(data), 1)
        except (OSError, ValueError):
            pass
    return value
