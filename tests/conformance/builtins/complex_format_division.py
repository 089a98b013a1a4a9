# complex numbers: format specs (types, precision, width/fill/align, signs, grouping, errors),
# division by Smith's method (as CPython), negative powers, NaN parts in repr.
for spec in ["", ".2f", "10.3f", "<20", "^30.2e", "+.1f", "g", ".3g", "e", "n", "-^25", "020.2f", "_", ",.2f", "#.0f", "E", "%"]:
    for c in [1+2j, -1.5-0.25j, 3j, complex(1e10, -1e-5), 0j, complex(-0.0, 0.0)]:
        try:
            print(repr(spec), repr(format(c, spec)))
        except (ValueError, TypeError) as e:
            print(repr(spec), type(e).__name__, e)
for a,b in [((1+2j),(3-4j)), (1, 1e-200+3e-200j), ((2+1j), complex(float('nan'),1)), ((1+1j)**-3, 1), ((0.3+0.7j)**-5,1), ((1e308+1e308j), (1e308+1e308j))]:
    print(a/b)
import math
n=float('nan')
print(repr(complex(1, -n)), repr(complex(1, math.copysign(n,-1))), repr(complex(-n, 1)), repr(complex(math.copysign(n,-1), -1)), repr(complex(0, math.copysign(n,-1))), repr(complex(-0.0, math.copysign(n, -1))))
print(format(complex(1, math.copysign(n, -1)), ".2f"), str(complex(-n, -n)))
