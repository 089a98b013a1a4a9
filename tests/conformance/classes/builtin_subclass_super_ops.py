class S(set):
    def __or__(self, o):
        return S(super().__or__(o))
    def __sub__(self, o):
        return S(super().__sub__(o))
print(sorted(S({1}) | {2}), type(S({1}) | {2}).__name__, sorted(S({1,2}) - {2}))
class L(list):
    def __eq__(self, o):
        r = super().__eq__(o)
        print("L.eq", r)
        return r
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
    def __ne__(self, o):
        return super().__ne__(o)
    def __gt__(self, o): return super().__gt__(o)
l = L([1])
print(l == [1], l == 5, l != 5, l != [1])
l += [2]
print(l, type(l).__name__, l > [0], L([1]).__gt__(5))
class D(dict):
    def __eq__(self, o):
        r = super().__eq__(o)
        print("D.eq", r)
        return r
    def __or__(self, o):
        return D(super().__or__(o))
print(D(a=1) == {"a": 1}, D() == 3)
print(D(a=1) | {"b": 2}, type(D(a=1) | {"b": 2}).__name__)
class T(tuple):
    def __add__(self, o): return T(super().__add__(o))
    def __mul__(self, n): return T(super().__mul__(n))
    def __rmul__(self, n): return T(super().__rmul__(n))
print(T((1,)) + (2,), type(T((1,)) + (2,)).__name__, 2 * T((3,)), T((1,)) * 2)
