# Descriptors driven by hand (__get__/__set__/__delete__ of property, classmethod and
# staticmethod), renaming classes, replacing an instance's __dict__, and object's orderings.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Outer:
    class Inner:
        readonly = property(lambda self: "value")
        nothing = property()

        @classmethod
        def make(cls):
            return cls.__qualname__

        @staticmethod
        def helper(x):
            return x * 2


obj = Outer.Inner()
show("get", lambda: Outer.Inner.__dict__["readonly"].__get__(obj, Outer.Inner))
show("get class", lambda: type(Outer.Inner.__dict__["readonly"].__get__(None, Outer.Inner)).__name__)
show("no getter", lambda: Outer.Inner.__dict__["nothing"].__get__(obj))
show("no setter", lambda: Outer.Inner.__dict__["readonly"].__set__(obj, 1))
show("no deleter", lambda: Outer.Inner.__dict__["readonly"].__delete__(obj))
show("attr no getter", lambda: obj.nothing)
show("classmethod get", lambda: Outer.Inner.__dict__["make"].__get__(None, Outer.Inner)())
show("classmethod get obj", lambda: Outer.Inner.__dict__["make"].__get__(obj)())
show("staticmethod get", lambda: Outer.Inner.__dict__["helper"].__get__(None, Outer.Inner)(21))
show("func", lambda: Outer.Inner.__dict__["helper"].__func__(4))


def set_readonly():
    obj.readonly = 5


show("assign", set_readonly)


class Temperature:
    def __init__(self):
        self._c = 0

    def _get(self):
        return self._c

    def _set(self, v):
        print("setting", v)
        self._c = v

    def _del(self):
        print("deleting")

    celsius = property(_get, _set, _del)


t = Temperature()
prop = Temperature.__dict__["celsius"]
prop.__set__(t, 25)
print(prop.__get__(t), t.celsius)
prop.__delete__(t)


class Widget:
    pass


Widget.__name__ = "Gadget"
Widget.__qualname__ = "tools.Gadget"
print(Widget.__name__, Widget.__qualname__, Widget)
show("bad name", lambda: setattr(Widget, "__name__", 42))
show("bad qualname", lambda: setattr(Widget, "__qualname__", None))


def make_renamed(label):
    class Dynamic:
        pass

    Dynamic.__name__ = label
    return Dynamic


print([make_renamed(n).__name__ for n in ("Alpha", "Beta")])

w = Widget()
w.old = 1
w.__dict__ = {"fresh": 2, "other": 3}
print(vars(w), hasattr(w, "old"), w.fresh)
show("dict not dict", lambda: setattr(w, "__dict__", [1]))

show("del builtin attr", lambda: delattr(int, "real"))
show("del builtin missing", lambda: delattr(str, "nothing"))


class Plain:
    pass


p = Plain()
show("object lt", lambda: p.__lt__(Plain()))
show("object ge", lambda: p.__ge__(3))
show("exception le", lambda: ValueError().__le__(1))
show("lt operator", lambda: p < Plain())
print(Plain.__lt__ is object.__lt__, (1, 2).__ge__((1,)), [3].__lt__([3, 0]))
