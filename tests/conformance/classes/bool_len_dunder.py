class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
for obj in [Box([]), Box([1]), Flag(False), Flag(True), Both(), object()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(len(Box("abc")), any([Flag(False), Flag(True)]), all([Box([1]), Flag(True)]))
