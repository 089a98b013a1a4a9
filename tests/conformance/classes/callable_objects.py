class Polynomial:
    def __init__(self, *coeffs): self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"
p = Polynomial(1, 0, 2, 3)
print(p, [p(x) for x in range(-2, 3)], callable(p), callable(Polynomial), callable(3))
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return x + self.n * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2])))
class Counter:
    def __init__(self): self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
for _ in range(4): c()
print(c.count, c())
