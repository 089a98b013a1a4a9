ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)

def b64decode(text):
    out = bytearray()
    text = text.rstrip("=")
    for i in range(0, len(text), 4):
        chunk = text[i:i + 4]
        n = 0
        for c in chunk:
            n = (n << 6) | ALPHABET.index(c)
        n <<= 6 * (4 - len(chunk))
        out += n.to_bytes(3, "big")[:len(chunk) - 1]
    return bytes(out)

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ☃".encode(), bytes(range(20))]:
    e = b64encode(s)
    print(repr(s), e, b64decode(e) == s)
