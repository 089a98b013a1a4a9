class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __add__(self, o):
        print("  __add__")
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if isinstance(o, int): return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__")
        return self + o
    def __iadd__(self, o):
        print("  __iadd__")
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __rsub__(self, o):
        print("  __rsub__")
        return Money(o - self.cents)
m = Money(150)
print(m + Money(25)); print(m + 5); print(5 + m); print(sum([Money(1), Money(2), Money(3)]))
before = m
m += Money(50)
print(m, m is before)
print(1000 - m)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
    def __repr__(self): return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.__radd__"
print(Left() + Right())
class SubInt(int):
    def __radd__(self, o): return "SubInt.__radd__ first"
print(3 + SubInt(4))
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
t = (1,)
ta = t
t += (2,)
print(t is ta, ta, t)
