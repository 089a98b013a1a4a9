# obj.__class__ = ..., and writes to read-only attributes of built-in objects.


class Slots:
    __slots__ = ("a",)


class Other:
    __slots__ = ("b",)


class Plain:
    pass


class Small(int):
    pass


cases = [
    (lambda: setattr(Slots(), "__class__", Other), "slots layout"),
    (lambda: setattr(Plain(), "__class__", Slots), "dict vs slots"),
    (lambda: setattr(Plain(), "__class__", 5), "not a class"),
    (lambda: setattr(Small(1), "__class__", int), "built-in target"),
    (lambda: setattr(1, "__class__", Small), "built-in instance"),
    (lambda: setattr(1, "__class__", "x"), "built-in, not a class"),
    (lambda: delattr(Plain(), "__class__"), "delete"),
    (lambda: delattr(1, "__class__"), "delete on int"),
]
for fn, what in cases:
    try:
        fn()
        print(what, "-> ok")
    except (TypeError, AttributeError) as e:
        print(what, "->", type(e).__name__, e)

p = Plain()
p.__class__ = Plain
print(type(p).__name__)

writes = [
    "(1).real = 2",
    "(1).numerator = 2",
    "True.imag = 1",
    "(1.5).imag = 1",
    "(1j).imag = 2",
    "'a'.strip = 3",
    "(1).foo = 1",
    "[].x = 1",
    "del (1).real",
    "del 'a'.strip",
    "slice(1).start = 2",
    "range(3).step = 1",
    "property().fget = 1",
    "(x for x in []).gi_frame = 1",
]
for src in writes:
    try:
        exec(src)
        print("ok", src)
    except AttributeError as e:
        print(f"{src}: {e}")

e = ValueError("x")
e.args = ["a", 1]
print(e.args, e)
e.args = "xy"
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print(err)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
e.__traceback__ = None
print(e.__traceback__)
