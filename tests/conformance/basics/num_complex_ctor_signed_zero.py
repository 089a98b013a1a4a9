# complex(): strings, numbers, complex arguments and which signed zeros survive.
import math

def show(z):
    return f"{z!r:>14} re={math.copysign(1, z.real):+.0f} im={math.copysign(1, z.imag):+.0f}"

for s in ["3-0j", "(3-0j)", " (3-0j) ", "-0j", "-0-0j", "0-0j", "-0+0j", "1e3-0j", "-j", "+j",
          "j", "1-j", "-1.5e-3+2J", "inf-infj", "-nan+nanj" if False else "nan-0j", "1_0+2_0j"]:
    print(repr(s), show(complex(s)))
for args in [(1.0,), (-0.0,), (0.0, -0.0), (-0.0, -0.0), (complex(1, -0.0),), (complex(-0.0, -0.0),),
             (complex(1, -0.0), 0), (complex(1, -0.0), -0.0), (2, complex(0, 1)), (complex(1, 2), complex(3, 4)),
             (-0.0, complex(0, 1)), (True, False), (1, -0.0)]:
    print(args, show(complex(*args)))
print(complex(), complex(real=2), complex(imag=-0.0), complex(imag=3, real=1))
for bad in [("1+2",), ("1+2j+3j",), ("(1+2j",), ("",), ("j1",), ("1", 2), (1, "2"), ([],), ("1__2j",), ("1+2 j",)]:
    try:
        print(complex(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
