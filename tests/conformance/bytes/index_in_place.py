# Indexing and slicing bytes and bytearray, including a bytearray rebuilt and edited in a loop.
b = bytes(range(256)) * 40
total = 0
for rnd in range(5):
    ba = bytearray(b)
    for i in range(rnd, len(ba), 97):
        ba[i] ^= 0x5A
        total += ba[i] + ba[-i - 1]
    total += sum(ba[rnd::501]) + len(ba[100:50]) + ba[::-977][0]
print(total)
for data in (b"hello", bytearray(b"hello")):
    print(type(data).__name__, data[0], data[-1], data[1:4], data[::-2], data[10:], data[-100:2])
    for bad in (5, -6, 10**20):
        try:
            data[bad]
        except IndexError as e:
            print("IndexError", e)
    try:
        data["x"]
    except TypeError as e:
        print("TypeError", e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(b"abcdef"[Idx(2)], bytearray(b"abcdef")[Idx(-1)], b"abcdef"[Idx(1):Idx(4)])
