# hashlib digests, base64/base32/base16/base85/ascii85 and binascii.
import hashlib, base64, binascii
for data in [b"", b"abc", b"hello world", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 119, b"a" * 200, bytes(range(256)) * 3, "héllo".encode()]:
    print([getattr(hashlib, n)(data).hexdigest() for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]])
h = hashlib.sha256(); h.update(b"part1"); h2 = h.copy(); h.update(b"part2"); print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size, hashlib.new("MD5", b"x").hexdigest(), hashlib.md5(b"x").digest()[:4])
try: hashlib.sha256("text")
except TypeError as e: print(e)
try: hashlib.new("whirl")
except ValueError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = base64.b64encode(data); print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b85encode(data), base64.a85encode(data))
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b85decode(base64.b85encode(data)) == data, base64.a85decode(base64.a85encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHg=\n"), base64.standard_b64encode("z".encode()))
for bad in [b"Zm9vY", b"Zm9vYg", b"Zm9vYg="]:
    try: print(base64.b64decode(bad))
    except binascii.Error as e: print("Error", e)
try: base64.b64decode(b"Zm9v!", validate=True)
except binascii.Error as e: print("Error", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"abc", 0), binascii.b2a_base64(b"hi"), binascii.hexlify(b"abcd", "-"), binascii.a2b_base64(b"aGk="))
