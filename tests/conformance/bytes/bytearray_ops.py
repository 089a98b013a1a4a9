ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
ba.reverse()
print(ba, bytes(ba), ba.decode())
ba.remove(ord("E"))
print(ba, ba.index(b"o"), ba.count(b"E"))
ba2 = bytearray(3)
print(ba2, bytearray(range(5)), bytearray("abc", "ascii"), bytearray.fromhex("ff00"))
ba2 += b"xy"
print(ba2, ba2 * 2, ba2 == bytearray(b"\x00\x00\x00xy"))
buf = bytearray()
for i in range(10):
    buf += bytes([i * 25])
print(buf.hex(), list(buf[2:6]), buf[::3])
del buf[::2]
print(buf.hex(), buf.upper(), bytearray(b"Mixed").lower())
try:
    buf[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(isinstance(buf, bytearray), type(buf[0:1]).__name__, type(bytes(buf)).__name__)
