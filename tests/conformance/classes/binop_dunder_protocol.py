class V:
    def __init__(s, x): s.x = x
    def __add__(s, o):
        if not isinstance(o, V): return NotImplemented
        return V(s.x + o.x)
    def __radd__(s, o): return V(s.x + o + 100)
    def __sub__(s, o, extra=5): return V(s.x - o - extra)
    def __mul__(s, *a): return ('mul', a)
    def __repr__(s): return f"V({s.x})"
class W(V):
    def __radd__(s, o): return 'W radd'
class I(V):
    def __iadd__(s, o): s.x += 1000; return s
print(V(1) + V(2), V(1) - 1, V(2) * 3)
print(V(1) + W(2))
try: V(1) + 'a'
except TypeError as e: print(e)
try:
    v = V(1); v += 'a'
except TypeError as e: print(e)
v = V(1); v += V(5); print(v)
i = I(1); i += 3; print(i)
def gen(): yield V(1) + V(2)
print(list(gen()))
class Bad:
    def __add__(s, o): raise ValueError("nope")
try: Bad() + 1
except ValueError as e: print("caught", e)
class MyInt(int):
    def __add__(s, o): return 'myadd'
print(MyInt(3) + 4, 4 + MyInt(3))
class Rec:
    def __add__(s, o): return s + o
try: Rec() + 1
except RecursionError as e: print("rec", e)
