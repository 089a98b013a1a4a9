class S(set): pass
print(S({1}), S(), S("abc") == set("abc"), S([1,2]) | {3})
class T(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = T([3, 1], "x")
print(sorted(t), t.tag, len(t), 3 in t)
t.__init__([9], "y")
print(t)
try: S(1, 2)
except TypeError as e: print(e)
try: S(a=1)
except TypeError as e: print(e)
try: set.__init__(set(), 1, 2)
except TypeError as e: print(e)
s = {1, 2}
s.__init__([5])
print(s)
class F(frozenset): pass
print(F([1]), F([1]) | {2})
class S(set): pass
s=S([1]); s.add(s and 2)
print(repr(S()), str(S([frozenset()])), set.__repr__(S([1])))
class F(frozenset):
    pass
print(F(), F([F()]), [S([3])])
