b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]))
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"x"), b"wor" in b, 104 in b, b + b"!", b * 2)
print(bytes(5), bytes([65, 66, 67]), bytes(range(48, 58)), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"))
print(b"\x00\x01\xff", b"tab\there", repr(b"'"), repr(b'"'), repr(b"\\"))
print(b.hex(), b"\xab\xcd".hex(), b"abc".hex("-"), bytes.fromhex("414243"))
print(b", ".join([b"a", b"b"]), b"  x  ".strip(), b"a,b,c".split(b","), b"x".center(5, b"*"))
print(b.decode(), b.decode("ascii"), str(b), b.isalpha(), b"123".isdigit(), b"abc".isalnum())
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a", sorted([b"b", b"a", b"c"]))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d" % (b"k", 5), b"%05.1f" % 3.14159, b"%x" % 255)
