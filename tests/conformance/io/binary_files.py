import sys
path = sys.argv[1] + "/data.bin"
payload = bytes(range(256)) + "héllo".encode("utf-8")
with open(path, "wb") as f:
    print(f.write(payload))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:8], data[-6:], data == payload, type(data).__name__)
with open(path, "rb") as f:
    print(f.read(4), f.read(4), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(0)
    print(f.read(1))
with open(path, "ab") as f:
    f.write(b"\x00tail")
with open(path, "rb") as f:
    print(f.read()[-5:])
