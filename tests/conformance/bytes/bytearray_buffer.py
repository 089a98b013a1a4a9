class Buffer:
    def __init__(self):
        self.data = bytearray()
    def write(self, b):
        self.data += b
        return len(b)
    def read_line(self):
        i = self.data.find(b"\n")
        if i < 0:
            return None
        line = bytes(self.data[:i])
        del self.data[:i + 1]
        return line
buf = Buffer()
chunks = [b"GET / HT", b"TP/1.1\r\nHost: exa", b"mple.org\r\n", b"Accept: */*\r\n\r\npartial"]
for c in chunks:
    buf.write(c)
    while (line := buf.read_line()) is not None:
        print(line.rstrip(b"\r"))
print("leftover", bytes(buf.data))
ba = bytearray(b"0123456789")
ba[2:5] = b"X"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.extend(range(65, 70))
print(ba, ba.count(0), ba.rstrip(b"E"), ba.pop(0), len(ba))
