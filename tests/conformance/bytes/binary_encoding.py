# Manual binary serialization with int.to_bytes / from_bytes.
def encode_record(rec_id, name, score):
    nb = name.encode("utf-8")
    return rec_id.to_bytes(4, "big") + len(nb).to_bytes(2, "little") + nb + score.to_bytes(2, "big", signed=True)

def decode_records(data):
    i = 0
    while i < len(data):
        rid = int.from_bytes(data[i:i + 4], "big")
        n = int.from_bytes(data[i + 4:i + 6], "little")
        name = data[i + 6:i + 6 + n].decode("utf-8")
        score = int.from_bytes(data[i + 6 + n:i + 8 + n], "big", signed=True)
        yield rid, name, score
        i += 8 + n

blob = bytearray()
for rec in [(1, "alice", 95), (2, "bob", -3), (300, "zoë", 1000), (70000, "", 0)]:
    blob += encode_record(*rec)
print(len(blob), bytes(blob).hex())
for rec in decode_records(bytes(blob)):
    print(rec)

def checksum(data):
    s1, s2 = 1, 0
    for byte in data:
        s1 = (s1 + byte) % 65521
        s2 = (s2 + s1) % 65521
    return (s2 << 16) | s1
print(checksum(b"Wikipedia"), hex(checksum(bytes(blob))))

def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
secret = xor(b"attack at dawn", b"key")
print(secret, xor(secret, b"key"))
