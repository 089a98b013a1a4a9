class S(str):
    def shout(self): return self.upper() + "!"
class T:
    def __str__(self): return S("hello")
    def __repr__(self): return S("T()")
x = str(T())
print(type(x).__name__, x, x.shout())
y = repr(T())
print(type(y).__name__, y)
print(type(format(T())).__name__, type(format(T(), "")).__name__)
print([T()], type(str([T()])).__name__)
class U:
    def __str__(self): return 5
try: str(U())
except TypeError as e: print(e)
class V:
    def __repr__(self): return b"x"
try: repr(V())
except TypeError as e: print(e)
try: print(V())
except TypeError as e: print(e)
class W(str):
    def __str__(self): return "W-str"
w = W("abc")
print(str(w), type(str(w)).__name__, repr(w))
class F:
    def __format__(self, spec): return S("F" + spec)
print(format(F(), "xy"), type(format(F(), "xy")).__name__)
class E(Exception):
    def __str__(self): return S("custom E")
print(str(E()), type(str(E())).__name__)
print(str(E("a")))
class I(int): pass
print(str(I(5)), type(str(I(5))).__name__, repr(I(7)))
