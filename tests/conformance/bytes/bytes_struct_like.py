def pack_u16(n): return bytes([n >> 8 & 0xFF, n & 0xFF])
def pack_u32_le(n): return bytes((n >> s) & 0xFF for s in (0, 8, 16, 24))
def unpack_u32_le(b): return b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24
header = b"PSL1" + pack_u16(3) + pack_u32_le(123456789) + pack_u32_le(0xDEADBEEF)
print(header, len(header), header.hex(" "))
print(header[:4].decode(), header[4] << 8 | header[5], unpack_u32_le(header[6:10]), hex(unpack_u32_le(header[10:14])))
def crc8(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print([crc8(x) for x in (b"", b"a", b"123456789", header)])
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:04x}  {chunk.hex(' '):<{width * 3}} {text}")
hexdump(header + b"\x00\x01hello\x7f\x80 world")
