"""Functions, builtins and bound methods have a __call__ attribute, as older code checks
with hasattr(obj, "__call__"); calling it calls the object."""


def double(x, *, factor=2):
    return x * factor


class Greeter:
    def hello(self, name):
        return f"hello {name}"


class Plain:
    pass


def dispatch(obj):
    # The pre-callable() idiom.
    if hasattr(obj, "__call__"):
        return "callable"
    return "value"


things = [double, len, Greeter().hello, Greeter, Plain(), 5, "s", lambda: 0, print, [].append]
print([dispatch(t) for t in things])
print(double.__call__(4), double.__call__(4, factor=3), len.__call__([1, 2, 3]))
print(Greeter().hello.__call__("ann"), (lambda a, b: a - b).__call__(10, 3))
print(callable(double.__call__), callable(len.__call__))
print(sorted([3, 1, 2], key=abs.__call__), list(map(str.upper.__call__, ["a", "b"])))
try:
    double.__call__()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain().__call__
except AttributeError as e:
    print("AttributeError:", e)
