# atexit callbacks (last registered first, also after sys.exit), gc switches, the numeric tower.
import atexit, gc, numbers, sys
from fractions import Fraction
def bye(name, punct="!"):
    print("goodbye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def last():
    print("registered last, runs first")
def never(): print("never")
atexit.register(never); atexit.unregister(never)
print([isinstance(x, numbers.Number) for x in (1, 2.0, 3j, Fraction(1, 2), "s", True, None)])
print([isinstance(x, numbers.Integral) for x in (1, 2.0, True, Fraction(1, 2))], [isinstance(x, numbers.Rational) for x in (1, 2.0, Fraction(1, 2))])
print([isinstance(x, numbers.Real) for x in (1, 2.0, 3j, Fraction(1, 2))], issubclass(bool, numbers.Integral), numbers.Integral.__mro__[1].__name__)
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.get_threshold())
class N:
    def __del__(self): print("N deleted")
n = N(); del n; print("collected", gc.collect())
def validate(x):
    if not isinstance(x, numbers.Number):
        raise TypeError(f"expected a number, got {type(x).__name__}")
    return x * 2
print(validate(2), validate(1.5))
print("end of main")
sys.exit(3)
