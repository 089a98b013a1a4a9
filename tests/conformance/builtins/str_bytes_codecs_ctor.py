# str(data, encoding, errors) and bytes(text, encoding, errors) use the named codec.
for f in [lambda: bytes(b"x", "utf-8"), lambda: str(5, "utf-8"), lambda: str("x", "utf-8"), lambda: bytes("é", "latin-1"), lambda: str(b"\xe9", "latin-1"), lambda: str(b"\xe9", "utf-8"), lambda: str(b"\xe9", "utf-8", "replace"), lambda: str(b"ab", errors="strict"), lambda: bytes("x", errors="strict"), lambda: bytearray("ü", "utf-8"), lambda: bytes([1], "utf-8"), lambda: str(bytearray(b"hi"), "ascii"), lambda: bytes("€", "ascii")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
