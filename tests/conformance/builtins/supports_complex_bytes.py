# complex.__complex__ and bytes.__bytes__ (new in 3.11): what typing.SupportsComplex and
# SupportsBytes look for; identity for exact types, a plain copy for subclasses; errors.
import typing
from typing import SupportsComplex, SupportsBytes, SupportsFloat, SupportsInt
c = 3 - 4j
print(c.__complex__(), c.__complex__() is c, complex.__complex__(1j))
print(issubclass(complex, SupportsComplex), isinstance(c, SupportsComplex))
b = b"raw"
print(b.__bytes__(), b.__bytes__() is b, isinstance(b, SupportsBytes))
print(hasattr(bytearray(b"x"), "__bytes__"), isinstance(bytearray(), SupportsBytes))
class MyC(complex): pass
class MyB(bytes): pass
m = MyC(1, 2); n = MyB(b"sub")
print(type(m.__complex__()).__name__, m.__complex__(), type(n.__bytes__()).__name__, n.__bytes__())
print(complex(m), bytes(n))
for bad in (lambda: c.__complex__(1), lambda: b.__bytes__(1), lambda: bytes.__bytes__(bytearray(b"q")), lambda: complex.__complex__(2.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
