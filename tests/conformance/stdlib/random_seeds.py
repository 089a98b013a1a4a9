# random: every kind of seed (int, negative int, big int, float, bool, str, bytes,
# bytearray, version 1 strings) picks the same generator state as CPython.
import random

def first(seed, *args, **kwargs):
    random.seed(seed, *args, **kwargs)
    return [random.random(), random.getrandbits(32), random.randrange(1000)]

for seed in [0, 1, -1, 5, -5, 2**32 - 1, 2**32, 2**53, -(2**53), 2**64, 2**200 + 7, 3**100]:
    print("int", seed, first(seed))
for seed in [0.0, 1.0, 1.5, -1.5, 3.14159, 1e100, -0.25, 2.0**70]:
    print("float", seed, first(seed))
for seed in [True, False]:
    print("bool", seed, first(seed))
for seed in ["", "a", "hello", "hello world", "ünïcödé ✓", "x" * 200]:
    print("str", repr(seed), first(seed))
for seed in [b"", b"abc", b"\x00\x00\x01", bytes(range(256))]:
    print("bytes", seed[:8], first(seed))
print("bytearray", first(bytearray(b"abc")) == first(b"abc"))
for seed in ["", "a", "hello", b"hello", "ünï"]:
    print("version 1", repr(seed), first(seed, version=1))
print("int seed version 1", first(12345, version=1) == first(12345))

# The str seed is text encoded as UTF-8: equal to the bytes seed.
print(first("héllo") == first("héllo".encode()))
# Reseeding resets gauss()'s cached second value.
random.seed(3)
g1 = random.gauss()
random.seed(3)
print(g1 == random.gauss(), random.gauss() != g1)

for bad in [[1, 2], (1,), {1: 2}, {1}, None.__class__, 1j]:
    try:
        random.seed(bad)
        print("accepted", type(bad).__name__)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", repr(str(e)))
try:
    random.seed(bytearray(b"x"), version=1)
except TypeError as e:
    print("TypeError", e)

# Unseeded generators differ from each other (they read OS entropy).
a = random.Random()
b = random.Random()
print(a.getrandbits(128) != b.getrandbits(128))
random.seed()
random.seed(None)
print(0.0 <= random.random() < 1.0)
