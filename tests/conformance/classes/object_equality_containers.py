class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        print(f"  eq P({self.x},{self.y}) vs P({o.x},{o.y})")
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
pts = [P(1, 2), P(3, 4)]
print("in list:", P(3, 4) in pts)
print("index:", pts.index(P(3, 4)))
print("count:", pts.count(P(1, 2)))
d = {P(1, 2): "a"}
print("dict lookup:", d[P(1, 2)])
s = {P(5, 6)}
print("set member:", P(5, 6) in s, P(6, 5) in s)
same = pts[0]
print("identity shortcut:", same in pts)
pts.remove(P(3, 4))
print(pts)
