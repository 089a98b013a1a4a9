"""struct for pyseal: packing values into bytes and back, as C structs lay them out.

Native mode ('@', the default) uses the x86-64 Linux sizes and alignment with little-endian
order; '=', '<', '>' and '!' use standard sizes without alignment.
"""

import _binary

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code: (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (4, 8, "int"), "L": (4, 8, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"), "e": (2, 2, "float"),
    "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "bytes"), "p": (1, 1, "pascal"),
    "P": (None, 8, "uint"),
}


def _parse(fmt):
    """(byte order, native, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order, native = "<", True
    i = 0
    if fmt[:1] in "@=<>!":
        c = fmt[0]
        i = 1
        native = c == "@"
        order = ">" if c in ">!" else "<"
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        spec = _CODES.get(c)
        if spec is None or (not native and spec[0] is None):
            raise error("bad char in struct format")
        size = spec[1] if native else spec[0]
        if count is None:
            count = 1
        if native and spec[2] not in ("pad", "bytes", "pascal", "char", "bool"):
            offset += (-offset) % size
        items.append((c, count, offset, size))
        offset += size * count
    return order, native, items, offset


def _plan(items, size):
    """The layout as _binary's packer and unpacker read it (10 bytes a field: code, count
    and offset as little-endian u32, size); None for a layout too large to encode."""
    if size >= 1 << 32:
        return None
    plan = bytearray()
    for code, count, offset, width in items:
        plan += code.encode("ascii")
        plan += count.to_bytes(4, "little")
        plan += offset.to_bytes(4, "little")
        plan.append(width)
    return bytes(plan)


def _int_range_message(code, size, native, order, v, lo, hi):
    """CPython's message (x86-64 Linux) for an int v that code cannot hold.

    '<' and '=' use the native packers wherever the native size is the standard one (all
    but 'l' and 'L'). The packers first convert v to a C long or unsigned long (or long
    long): a value that does not fit is 'argument out of range', except in the big-endian
    standard 'q' and 'Q', which convert to bytes directly."""
    native_like = native or (order == "<" and code not in "lL")
    if code in "qQ" and not native_like:
        return "int too large to convert"
    # Codes converted through an unsigned C type refuse negative numbers outright.
    unsigned = code in "ILQN" or (code == "H" and not native_like)
    if not (0 if unsigned else -(1 << 63)) <= v < (1 << 64 if unsigned else 1 << 63):
        return "argument out of range"
    names = {"b": "byte", "B": "ubyte"}
    if native_like:
        names.update({"h": "short", "H": "ushort"})
    if code in names:
        return "%s format requires %d <= number <= %d" % (names[code], lo, hi)
    if size == 4 or code in "hH":
        return "'%s' format requires %d <= number <= %d" % (code, lo, hi)
    return "argument out of range"


class Struct:
    """A compiled format."""

    # CPython's Struct comes from _struct; 3.11 keeps object's repr.
    __module__ = "_struct"

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")
        self._nvalues = sum(1 if c in "sp" else count for c, count, _, _ in self._items
                            if c != "x")
        self._little = self._order == "<"
        self._plan = _plan(self._items, self.size)


    def pack(self, *values):
        if len(values) != self._nvalues:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._nvalues, len(values)))
        plan = self._plan
        if plan is not None:
            packed = _binary.struct_pack(plan, self._little, values, self.size)
            if packed is not None:
                return packed
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._nvalues:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nvalues, len(values)))
        if offset < 0:
            offset += len(buffer)
            if offset < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset - len(buffer), len(buffer)))
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        data = None
        if self._plan is not None:
            data = _binary.struct_pack(self._plan, self._little, values, self.size)
        if data is None:
            data = bytearray(self.size)
            self._pack_into(data, 0, values)
        buffer[offset:offset + self.size] = data

    def _pack_into(self, out, base, values):
        vi = 0
        order = "little" if self._order == "<" else "big"
        for code, count, offset, size in self._items:
            at = base + offset
            kind = _CODES[code][2]
            if kind == "pad":
                continue
            if kind in ("bytes", "pascal"):
                v = values[vi]
                vi += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if kind == "pascal":
                    n = min(len(v), count - 1, 255) if count else 0
                    if count:
                        out[at] = n
                        out[at + 1:at + 1 + n] = v[:n]
                else:
                    n = min(len(v), count)
                    out[at:at + n] = v[:n]
                continue
            for k in range(count):
                v = values[vi]
                vi += 1
                pos = at + k * size
                out[pos:pos + size] = self._pack_one(code, kind, size, v, order)

    def _float_bits(self, code, size, v):
        try:
            return _binary.float_bits(v, size)
        except OverflowError:
            # Native 'f' is a C cast: too large a value becomes an infinity.
            if not (self._native and code == "f"):
                raise
            return _binary.float_bits(v * 1e300 * 1e300, size)

    def _pack_one(self, code, kind, size, v, order):
        if kind == "char":
            if not isinstance(v, bytes) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            return bytes(v)
        if kind == "bool":
            return b"\x01" if v else b"\x00"
        if kind == "float":
            if not isinstance(v, (int, float)) and not hasattr(v, "__float__"):
                raise error("required argument is not a float")
            try:
                f = float(v)
            except OverflowError:
                raise error("required argument is not a float") from None
            try:
                bits = self._float_bits(code, size, f)
            except OverflowError:
                # CPython reports any overflow in packing an int so.
                if isinstance(v, int):
                    raise error("int too large to convert") from None
                raise
            return bits.to_bytes(size, order)
        if not isinstance(v, int):
            if hasattr(v, "__index__"):
                v = v.__index__()
            else:
                raise error("required argument is not an integer")
        if code == "P":
            # A void pointer takes any 64-bit pattern, signed or not.
            if not -(1 << 63) <= v < (1 << 64):
                raise error("int too large to convert")
            return (v & ((1 << 64) - 1)).to_bytes(size, order)
        signed = kind == "int"
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        if not lo <= v <= hi:
            raise error(_int_range_message(code, size, self._native, self._order, v, lo, hi))
        return v.to_bytes(size, order, signed=signed)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack(data, i) for i in range(0, len(data), self.size))

    def _unpack(self, data, base):
        if self._plan is not None:
            return _binary.struct_unpack(self._plan, self._little, data, base)
        out = []
        order = "little" if self._order == "<" else "big"
        for code, count, offset, size in self._items:
            at = base + offset
            kind = _CODES[code][2]
            if kind == "pad":
                continue
            if kind == "bytes":
                out.append(data[at:at + count])
                continue
            if kind == "pascal":
                if count:
                    n = min(data[at], count - 1)
                    out.append(data[at + 1:at + 1 + n])
                else:
                    out.append(b"")
                continue
            for k in range(count):
                chunk = data[at + k * size:at + (k + 1) * size]
                if kind == "char":
                    out.append(chunk)
                elif kind == "bool":
                    out.append(chunk != b"\x00")
                elif kind == "float":
                    out.append(_binary.bits_float(int.from_bytes(chunk, order), size))
                else:
                    out.append(int.from_bytes(chunk, order, signed=kind == "int"))
        return tuple(out)


Struct.__tp_name__ = "_struct.Struct"
_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _compiled(format).size


def pack(format, *values):
    return _compiled(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _compiled(format).iter_unpack(buffer)
