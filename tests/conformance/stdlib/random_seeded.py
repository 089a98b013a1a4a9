# random: seeded module-level functions reproduce CPython's sequences draw for draw, for many
# seeds and every integer and sequence function.
import random

SEEDS = [0, 1, 2, 7, 42, 123, 999, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**100 + 3,
         -1, -42, 10**30]

for s in SEEDS:
    random.seed(s)
    print("seed", s)
    print("  random", [random.random() for _ in range(4)])
    print("  randint", [random.randint(1, 6) for _ in range(12)])
    print("  randint big", random.randint(0, 10**20), random.randint(-10**12, 10**12))
    print("  randrange", random.randrange(10), random.randrange(5, 50),
          random.randrange(0, 100, 7), random.randrange(100, 0, -3),
          random.randrange(-20, -2, 2))
    print("  getrandbits", [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100)])
    print("  choice", random.choice("abcdefghij"), random.choice([10, 20, 30]),
          random.choice(range(1000)), random.choice((1.5, 2.5)))
    deck = list(range(15))
    random.shuffle(deck)
    print("  shuffle", deck)
    print("  sample", random.sample(range(50), 6), random.sample("abcdefgh", 3))
    print("  sample all", random.sample([1, 2, 3, 4], 4))
    print("  randbytes", random.randbytes(6))

# The small-population and large-population paths of sample() both show.
random.seed(5)
print(random.sample(range(20), 20))
print(random.sample(range(10**9), 12))
print(random.sample(range(100), 30))
print(random.sample(list("abcdefghijklmnopqrstuvwxyz"), 26))
print(random.sample(["red", "blue"], counts=[4, 2], k=6))
print(random.sample(range(3), k=5, counts=[2, 0, 3]))
print(random.sample(tuple(range(40)), k=0))

# choices: unweighted, weighted, cumulative, floats.
random.seed(8)
print(random.choices("abc", k=10))
print(random.choices(range(5), [5, 1, 0, 1, 3], k=10))
print(random.choices(["x", "y"], cum_weights=[0.25, 1.0], k=10))
print(random.choices([1, 2, 3], weights=[0.1, 0.2, 0.7], k=8))
print(random.choices("z"))

# Shuffle of many sizes, and of a list of strings.
random.seed("shuffle")
for n in (0, 1, 2, 3, 10, 33, 100):
    x = list(range(n))
    random.shuffle(x)
    print(n, x[:12])
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)

# getrandbits consumes whole 32-bit words: interleaving shows the word order.
random.seed(77)
a = random.getrandbits(96)
random.seed(77)
w = [random.getrandbits(32) for _ in range(3)]
print(a == w[0] | (w[1] << 32) | (w[2] << 64), hex(a))
random.seed(77)
print(hex(random.getrandbits(40)), hex(random.getrandbits(8)))
print(random.getrandbits(1000).bit_length() <= 1000)
