# What the eval loop's fused instructions and attribute fast paths must keep: a result
# stored straight into a local, a constant loaded with a local, `obj.__class__`, and the
# length and truth of deques read in place.
from collections import deque


class Plain:
    pass


class Shadowed:
    def __init__(self):
        # `object.__class__` is a data descriptor: the instance dict cannot hide it.
        self.__dict__["__class__"] = "from the dict"


class Own:
    __class__ = "a class attribute"


class Hooked:
    def __getattribute__(self, name):
        if name == "__class__":
            return "from __getattribute__"
        return object.__getattribute__(self, name)


class Prop:
    @property
    def __class__(self):
        return Plain


def classes():
    for obj in (Plain(), Shadowed(), Own(), Hooked(), Prop(), 3, "s", [1]):
        print(type(obj).__name__, obj.__class__, getattr(obj, "__class__"))
    p = Plain()
    seen = []
    for _ in range(3):
        seen.append(p.__class__ is Plain)
    print(seen)
    p.__class__ = Shadowed
    print(p.__class__.__name__, type(p).__name__)


def fused(n):
    # BinaryOp then StoreFast, LoadFast then LoadConst, in int, float, str and list forms.
    total = 0
    f = 0.5
    s = ""
    xs = []
    for i in range(n):
        total = total + i * 3
        f = f * 1.5 - 0.25
        s = s + str(i % 10)
        xs = xs + [i]
        k = i - 1
        total = total - k
    print(total, f, s, xs, k)
    try:
        bad = total + "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        q = n
        del q
        r = q + 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


class Big:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Big(self.v + o.v)



def dunder_store():
    a = Big(1)
    b = Big(2)
    c = a + b
    c = c + a
    print("c", c.v, a.v, b.v)


def deques():
    d = deque()
    print(len(d), bool(d))
    d.extend(range(5))
    d.popleft()
    d.appendleft(9)
    print(len(d), bool(d), list(d))
    for _ in range(5):
        d.popleft()
    print(len(d), bool(d))
    bounded = deque(range(10), maxlen=3)
    print(len(bounded), list(bounded))

    class Sub(deque):
        def __len__(self):
            return 42

    class Bare(deque):
        def __init__(self):
            pass

    print(len(Sub([1, 2])), len(Bare()), bool(Bare()))
    print(deque.__len__(bounded), hasattr(deque, "__bool__"))
    print("empty" if not deque() else "full", "full" if bounded else "empty")


classes()
fused(12)
dunder_store()
print("after dunder_store")
deques()


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def locals_die_in_order():
    # A returning frame lets its locals go first to last.
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("returning", a.tag, b.tag, c.tag)


def attrs_on_locals():
    class Box:
        __slots__ = ("v",)

    p = Noisy("p")
    p.extra = 1
    p.extra = p.extra + 1
    box = Box()
    try:
        print(box.v)
    except AttributeError as e:
        print("AttributeError:", e)
    box.v = p.extra
    print(box.v, p.extra, p.tag)
    try:
        box.w = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(p.missing)
    except AttributeError as e:
        print("AttributeError:", e)
    del p


locals_die_in_order()
print("after locals_die_in_order")
attrs_on_locals()
print("after attrs_on_locals")
