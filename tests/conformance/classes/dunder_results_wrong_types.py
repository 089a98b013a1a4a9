class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool(): pass
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], "abcd"[:Idx()], range(10)[Idx()], bin(Idx()), (1, 2, 3)[Idx()])
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    [1]["a"]
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class InitRet:
    def __init__(self): return 5
try:
    InitRet()
except TypeError as e:
    print("TypeError:", e)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
class NewSub:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        print("new", a)
        return inst
    def __init__(self, *a):
        print("init", a)
NewSub(1, 2)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self): pass
try:
    OnlyInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Strs:
    def __str__(self): return 5
try:
    str(Strs())
except TypeError as e:
    print("TypeError:", e)
class Reprs:
    def __repr__(self): return None
try:
    repr(Reprs())
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{Reprs()!r}")
except TypeError as e:
    print("TypeError:", e)
class Hashs:
    def __hash__(self): return 1.5
try:
    hash(Hashs())
except TypeError as e:
    print("TypeError:", e)
class Contains:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Contains(), 5 in Contains())
class ContainsRet:
    def __contains__(self, x): return "yes"
print(1 in ContainsRet(), 1 not in ContainsRet())
class Cmp:
    def __lt__(self, o): return "truthy"
print(Cmp() < 1, sorted([Cmp(), Cmp()]) is not None)
class Call:
    pass
try:
    Call()()
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Call()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Call()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Call()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Call.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    abs(Call())
except TypeError as e:
    print("TypeError:", e)
try:
    -Call()
except TypeError as e:
    print("TypeError:", e)
try:
    Call() + Call()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [] < ()
except TypeError as e:
    print("TypeError:", e)
try:
    Call() ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    pow(Call(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    round(Call())
except TypeError as e:
    print("TypeError:", e)
try:
    int(Call())
except TypeError as e:
    print("TypeError:", e)
try:
    float(Call())
except TypeError as e:
    print("TypeError:", e)
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(IntLike()), float(IntLike()))
try:
    [1, 2][IntLike()]
except TypeError as e:
    print("TypeError:", e)
class TruncOnly:
    def __trunc__(self): return 3
try:
    print(int(TruncOnly()))
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Call())
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = Call()
except TypeError as e:
    print("TypeError:", e)
try:
    with Call(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    for _ in Call(): pass
except TypeError as e:
    print("TypeError:", e)
try:
    print(*Call())
except TypeError as e:
    print("TypeError:", e)
try:
    dict(**Call())
except TypeError as e:
    print("TypeError:", e)
def kw(**k): pass
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
