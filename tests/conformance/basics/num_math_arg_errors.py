# How math functions word argument-count and keyword errors: one-argument functions name
# themselves math.NAME(), the two-argument ones say "NAME expected 2 arguments", and the
# keyword-taking ones (isclose, prod) have their own wording.
import math

calls = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt(x=1),
    lambda: math.floor(),
    lambda: math.trunc(1, 2),
    lambda: math.factorial(),
    lambda: math.isqrt(1, 2),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.log(1, base=2),
    lambda: math.log2(),
    lambda: math.fsum(),
    lambda: math.isfinite(1, 2),
    lambda: math.pow(1),
    lambda: math.atan2(1, 2, 3),
    lambda: math.comb(1),
    lambda: math.perm(),
    lambda: math.perm(1, 2, 3),
    lambda: math.dist([1]),
    lambda: math.gcd(x=1),
    lambda: math.lcm(4, b=6),
    lambda: math.hypot(x=1),
    lambda: math.prod(),
    lambda: math.prod([1], [2]),
    lambda: math.prod([1], foo=2),
    lambda: math.isclose(),
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1, 2, foo=3),
    lambda: math.isclose(1, a=2),
    lambda: math.isclose(1, 2, rel_tol=-1),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except Exception as e:
        print(i, type(e).__name__, e)

print(math.isclose(a=1.0, b=1.0 + 1e-12), math.isclose(1, b=1.5, rel_tol=0.5))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.prod([1, 2, 3], start=10), math.prod([], start=7))
print(math.gcd(), math.gcd(12, 18, 27), math.lcm(), math.lcm(4, 6, 10), math.hypot(3, 4))
