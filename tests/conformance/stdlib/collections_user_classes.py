# collections.UserDict/UserList/UserString: wrappers meant for subclassing (__setitem__ and __missing__ overrides, slicing keeps the type).
import collections
from collections import UserDict, UserList, UserString
import collections.abc as cabc
class Config(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<{key}?>"
c = Config({"Host": "x"}, Port=80)
c.update([("DEBUG", True)])
print(c, c["host"], c["nope"], c.get("port"), c.get("zz", 0), len(c), list(c), sorted(c.items()), c.keys(), c.values())
print("host" in c, c == {"host": "x", "port": 80, "debug": True}, isinstance(c, cabc.MutableMapping), isinstance(c, dict))
print(c.pop("debug"), c.setdefault("Timeout", 5), c, c.copy(), type(c.copy()).__name__, Config.fromkeys("AB", 0))
del c["port"]; print(c, c | {"k": 1}, repr(UserDict()), UserDict(a=1) == UserDict(a=1))
class Stack(UserList):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2]); s.push(3); s += [4]; s.extend(Stack([5]))
print(s, s.peek(), s[1:3], type(s[1:3]).__name__, len(s), s.pop(), s.index(2), 3 in s, s * 2, [0] + s, s == [1, 2, 3, 4], s < [9])
s.sort(reverse=True); s.insert(0, 9); s.remove(2); print(s, s.count(9), list(reversed(s)), sorted(s), isinstance(s, cabc.MutableSequence))
class Tag(UserString):
    def wrap(self): return f"<{self.data}>"
t = Tag("Hello")
print(t, repr(t), t.wrap(), t.upper(), type(t.upper()).__name__, t + "!", "x" + t, t[1:3], t * 2, len(t), "ell" in t, t == "Hello", t.split("l"), t.startswith("He"), t.replace("l", "L"), f"{t}")
print(collections.UserDict, UserList.__mro__[1].__name__, hasattr(collections, "UserDict"))
try: collections.Nope
except AttributeError as e: print(e)
