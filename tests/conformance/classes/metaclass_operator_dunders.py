class M(type):
    def __or__(cls, other): return f"{cls.__name__} or {other}"
    def __ror__(cls, other): return f"{other} ror {cls.__name__}"
    def __add__(cls, other): return "added"
    def __getitem__(cls, k): return f"item {k}"
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == 3
class A(metaclass=M): pass
class B(A): pass
print(A | int)
print(int | A)
print(3 | A)
print(A + 1, B + 2, A[5], len(A), list(A), 3 in A, 4 in B)
print(int | None, None | str, int | str)
class N(type): pass
class C(metaclass=N): pass
print(C | int, int | C)
try:
    A - 1
except TypeError as e:
    print(e)
