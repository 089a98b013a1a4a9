class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0: c.pop()
        self.c = c
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c): r = r * x + a
        return r
    def deriv(self): return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __eq__(self, o): return self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1: continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        s = "".join(f" {sg} {t}" for sg, t in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:]
p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p + q, "|", p * q, "|", p.deriv(), "|", p.deriv().deriv())
print([p(x) for x in range(-3, 4)], (q * q * q)(10))
def newton(f, x, steps=30):
    d = f.deriv()
    for _ in range(steps):
        x = x - f(x) / d(x)
    return x
print(round(newton(Poly([-2, 0, 1]), 1.0), 12), round(newton(p, 2.0), 10))
binom = Poly([1])
for _ in range(10): binom = binom * Poly([1, 1])
print(binom.c, sum(binom.c))
print(Poly([0]), Poly([5]), Poly([0, -1]), Poly([3, 0, 0, 0]) == Poly([3]))
