class Base:
    base_attr = 1
    def base_method(self): pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.name = "t"
        self.size = 3
    def grow(self): self.size += 1
    @property
    def big(self): return self.size > 3
t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(vars(t), sorted(k for k in vars(Thing) if not k.startswith("__")))
t.grow()
print(vars(t), t.big)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
