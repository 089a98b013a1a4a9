# hmac: keys shorter/longer than a block for several digests, copy(), digest(), digestmod errors,
# compare_digest over bytes-like objects and ASCII strings and its type errors.
import hmac, hashlib
for key in [b"", b"k", b"key" * 30, bytearray(b"secret"), b"x" * 64, b"y" * 65, b"z" * 200]:
    for mod in ["md5", "sha1", "sha256", "sha512", hashlib.sha224, "sha3_256", "blake2b"]:
        h = hmac.new(key, b"The quick brown fox", mod)
        print(len(key), h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hmac.new(b"k", digestmod="sha256")
h.update(b"part1")
c = h.copy()
h.update(b"part2")
c.update(b"part2")
print(h.hexdigest() == c.hexdigest(), h.digest() == hmac.digest(b"k", b"part1part2", "sha256"))
print(hmac.new(b"k", b"m", hashlib.sha256).hexdigest() == hmac.new(b"k", b"m", "sha256").hexdigest())
for args in [("str", b"m", "md5"), (b"k", b"m", None), (b"k", b"m", "")]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print("TypeError", e)
for a, b in [(b"a", b"a"), (b"a", b"b"), (b"a", b"ab"), ("abc", "abc"), ("x", b"x"), (bytearray(b"q"), b"q")]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
for a, b in [('x', b'x'), (b'x', 'x'), (1, 2), (b'x', 1), (1, b'x'), ('x', 1), (1, 'x'), ('é', 'é'), ('é', b'x'), (memoryview(b'ab'), b'ab'), (bytearray(b'a'), 'a'), ([1], [1]), (b"abc", b"abd"), ("", ""), (b"", b"x")]:
    try:
        print(repr(a)[:6], repr(b), hmac.compare_digest(a, b))
    except TypeError as e:
        print(repr(a)[:6], repr(b), 'TypeError', e)
