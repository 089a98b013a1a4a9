"""divmod, // and % on ints of every size and sign: both results from one division must agree
with the separate operators, and errors keep CPython's wording."""

def check(x, y):
    q, r = divmod(x, y)
    assert q == x // y and r == x % y, (x, y)
    assert q * y + r == x
    assert r == 0 or (r < 0) == (y < 0)
    return q, r


big = 3 ** 200
values = [0, 1, -1, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 63 - 1, -(2 ** 63), 2 ** 63, big, -big,
          big + 12345, 2 ** 64 + 1, True, False]
divisors = [1, -1, 3, -3, 7, 10 ** 9 + 7, -(10 ** 9 + 7), 2 ** 62, 2 ** 64, -(2 ** 64),
            3 ** 100, -(3 ** 100), 2 ** 130 + 3, True]
rows = 0
total = 0
for x in values:
    for y in divisors:
        q, r = check(x, y)
        rows += 1
        total += (q % 1000003) + (r % 1000003)
print("pairs", rows, "checksum", total)

for x, y in [(big, 7), (-big, 7), (big, -7), (big, 3 ** 150), (-big, -(3 ** 150)),
             (2 ** 64, 3), (-(2 ** 63), -1), (10 ** 40, 10 ** 20 + 1), (True, True)]:
    q, r = divmod(x, y)
    print(type(q).__name__, type(r).__name__, str(q)[:30], str(r)[:30])

# Digits of a big number by repeated divmod.
n = 7 ** 300
digits = []
while n:
    n, d = divmod(n, 10 ** 9)
    digits.append(d)
print(len(digits), digits[:3], digits[-1])

# Floats and mixed operands.
for x, y in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e300, 3.0), (-0.0, 5), (5, float("inf")),
             (-5, float("inf")), (2 ** 70, 3.5)]:
    print(x, y, divmod(x, y))

for x, y in [(5, 0), (big, 0), (5.0, 0), (big, 0.0), (True, False)]:
    try:
        divmod(x, y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for x, y in [("5", 2), (5, None), ([1], 2)]:
    try:
        divmod(x, y)
    except TypeError as e:
        print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)

    def __rdivmod__(self, n):
        return "rdivmod", n

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1001), 3), divmod(10, Money(3)))
print(divmod(10 ** 25, Money(1)))
