import math
import math as m
from math import sqrt, pi as PI
from math import *
print(m is math, sqrt(2) == math.sqrt(2), PI == pi, floor(2.5), gcd(12, 18))
print(math.__name__, sorted(n for n in ["sqrt", "floor", "nope"] if hasattr(math, n)))
def local_import():
    import math as mm
    from math import factorial
    return mm.ceil(1.2), factorial(6)
print(local_import())
print("factorial" in dir(), "mm" in dir())
