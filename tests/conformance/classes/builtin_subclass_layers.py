# Subclasses of the built-in types: their own dicts hold only what the class body defined,
# lookups fall through to the built-in dicts, and super() reaches the built-in methods.

class Stack(list):
    """A list with push/peek."""
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def shout(self):
        return self + "!"

class Tally(dict):
    def __missing__(self, key):
        return 0
    def add(self, key, n=1):
        self[key] += n
        return self

class Bits(int):
    def __repr__(self):
        return f"Bits({bin(self)})"
    def __add__(self, other):
        return Bits(int.__add__(self, other))

class Tags(set):
    def __str__(self):
        return "{" + ", ".join(sorted(self)) + "}"

for cls in (Stack, Upper, Tally, Bits, Tags):
    own = sorted(k for k in vars(cls) if not k.startswith("__") or k in
                 ("__repr__", "__new__", "__missing__", "__add__", "__str__"))
    print(cls.__name__, [c.__name__ for c in cls.__mro__], own)
    print("   base dict untouched:", all(k not in vars(cls.__mro__[1]) for k in own
                                         if not k.startswith("__")))

s = Stack().push(1).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s.copy()).__name__)
print(Stack.__doc__, Stack.__mro__[1].__doc__ == list.__doc__)
u = Upper("hello")
print(u, u.shout(), type(u).__name__, type(u + "x").__name__, u.lower(), u == "HELLO")
t = Tally().add("a").add("b", 3).add("a")
print(sorted(t.items()), t["missing"], len(t), "missing" in t)
b = Bits(5)
print(repr(b), repr(b + 3), b * 2, type(b * 2).__name__, b.bit_length())
tg = Tags(["pear", "apple"])
tg.add("fig")
print(str(tg), len(tg), type(tg | {"kiwi"}).__name__, sorted(tg & {"fig", "x"}))

# methods found on the subclass come from the built-in class dicts
print(Stack.append is list.append, Upper.upper is str.upper, Tally.get is dict.get)
print(hasattr(Stack, "sort"), hasattr(Upper, "casefold"), hasattr(Bits, "to_bytes"))
print(getattr(Tally, "nope", "absent"), "push" in dir(Stack), "append" in dir(Stack))

# assigning to the subclass shadows without touching the base
Stack.extend_twice = lambda self, xs: (self.extend(xs), self.extend(xs))
s2 = Stack()
s2.extend_twice([7, 8])
print(s2, hasattr(list, "extend_twice"))
try:
    list.extend_twice = None
except TypeError as e:
    print("TypeError:", e)
try:
    del str.upper
except TypeError as e:
    print("TypeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(int) if not n.startswith("_"))[:6])
