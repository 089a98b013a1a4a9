# cmath: every function over finite values (Kahan's branch-cut formulas, last-bit agreement),
# infinities and NaNs, polar/rect, log with a base, isclose.
import cmath, math
vals = [0, 1, -1, 2.5, -3.7, 1j, -1j, 1+1j, -2+3j, 0.5-0.25j, 3-4j, 1e-10+1e-10j, 1e10-1e10j, -1e-300j, 0.7+0.7j, 1.2-0.3j, 100+100j, -0.0+0j, complex(-0.0, -0.0), 0.0-0.0j, 1e300+1e300j, 1+0j, -1+0j, 1+1e-20j]
fns = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in fns:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for v in vals:
    print(cmath.phase(v), cmath.polar(v))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 10), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1+2j), cmath.isnan(complex(float("nan"), 0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
import cmath
print(complex(float("inf"), 0), complex(float("inf"), 0.0).imag)
vs = [complex(float("inf"), 0), complex(float("-inf"), 1), complex(0, float("inf")), complex(float("nan"), 1), complex(1, float("nan")), complex(float("inf"), float("inf")), complex(float("-inf"), 0), complex(float("-inf"), float("nan"))]
for n in ["sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    out = []
    for v in vs:
        try: out.append(repr(getattr(cmath, n)(v)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__)
    print(n, out)
