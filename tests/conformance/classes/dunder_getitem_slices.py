class Spy:
    def __getitem__(self, key):
        return key
s = Spy()
print(s[1], s[-1], s["k"], s[1:2], s[::3], s[1:2, 3], s[..., 0], s[:, None], s[()])
class Grid:
    def __init__(self, w, h): self.w, self.h, self.cells = w, h, [["."] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        if isinstance(x, slice):
            return [self.cells[y][i] for i in range(*x.indices(self.w))]
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        if isinstance(x, slice):
            for i in range(*x.indices(self.w)): self.cells[y][i] = v
        else:
            self.cells[y][x] = v
    def __str__(self): return "\n".join("".join(r) for r in self.cells)
g = Grid(6, 3)
g[0, 0] = "#"; g[1:5, 1] = "="; g[::2, 2] = "*"
print(g)
print(g[0, 0], g[:, 1], g[1::2, 2])
