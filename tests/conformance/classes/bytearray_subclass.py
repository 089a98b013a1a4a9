# A bytearray subclass keeps the buffer behaviour: len, indexing, mutation, class patterns.
class Buf(bytearray):
    def __init__(self, data=b"", tag="t"):
        super().__init__(data)
        self.tag = tag
    def hexdump(self):
        return " ".join(f"{x:02x}" for x in self)
b = Buf(b"abc", tag="x")
print(len(b), b, repr(b), b[0], b[1:], b + b"x", bytes(b), b.tag, b.hexdump())
b.append(100); b.extend(b"ef"); b[0] = 65
print(b, type(b).__name__, list(b), b.decode(), b.upper(), b.find(b"c"), b"c" in b)
del b[0]
print(b, len(b), bool(Buf()), b == bytearray(b"bcdef"), isinstance(b, bytearray))
match b:
    case bytearray(x): print("matched", x)
match bytearray(b"q"):
    case bytearray(x): print("matched", x)
b2 = Buf(5)
print(b2, len(b2))
b += b"zz"
print(b, type(b).__name__)
print(sorted(b), max(b), b.count(b"z"), b.split(b"d"), b * 2)
for i, c in enumerate(b[:2]): print(i, c)
