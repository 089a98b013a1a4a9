class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self): return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0: i += self.size
        if not 0 <= i < self.size: raise IndexError("sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v: self.data[i] = v
        else: self.data.pop(i, None)
    def __delitem__(self, i): self.data.pop(i, None)
    def __contains__(self, v): return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        return (self[i] for i in range(self.size - 1, -1, -1))
    def __repr__(self): return f"SparseVector({list(self)})"
v = SparseVector(6)
v[1] = 5; v[4] = 7; v[5] = 0
print(v, len(v), v[1], v[-2], v[1:5], v[::2], 7 in v, 9 in v, 0 in v)
del v[1]
print(list(v), list(reversed(v)), sum(v), bool(v))
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self): return 0
print(bool(Empty()), "falsy" if not Empty() else "truthy")
