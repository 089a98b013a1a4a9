class M(type):
    def __bool__(cls): print("bool"); return False
    def __hash__(cls): return 42
    def __format__(cls, spec): return "fmt:" + spec
    def __len__(cls): return 3
    def __iter__(cls): return iter([1,2,3])
    def __contains__(cls, x): return x == 5
    def __getitem__(cls, k): return ("meta", k)
    def __repr__(cls): return "<M " + cls.__name__ + ">"
    def __str__(cls): return "strM"
    def __call__(cls, *a): return ("called", a)
    def __lt__(cls, o): return "lt"
    def __add__(cls, o): return "add"
    def __neg__(cls): return "neg"
    def __eq__(cls, o): return "eq"
    def __setitem__(cls, k, v): print("set", k, v)
    def __delitem__(cls, k): print("del", k)
class A(metaclass=M): pass
print(bool(A))
print("yes" if A else "no")
print(not A)
print(hash(A))
print(format(A, "x"), f"{A:abc}", f"{A}")
print(len(A))
print(list(A), [x for x in A])
for x in A: print(x)
print(5 in A, 4 in A, 4 not in A)
print(A[1])
A[2] = 3
del A[4]
print(repr(A), str(A))
print(A(1,2))
print(A < 1, A + 1, -A, A == 1)
print(sorted(A), sum(A), max(A), tuple(A), set(A))
a, b, c = A
print(a, b, c)
print(*A)
class B(metaclass=M):
    def __class_getitem__(cls, k): return ("cgi", k)
print(B[1])
print({A: 1})
