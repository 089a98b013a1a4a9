# inspect: getmembers on classes, instances, enums and modules; getdoc inheritance;
# Signature.replace / parameters / return_annotation; __signature__ overrides; BoundArguments.
import enum
import inspect
import math

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, e)

class Base:
    """Base docs."""
    kind = "base"
    def method(self):
        """Method docs from Base."""
    @property
    def prop(self):
        """Property docs."""
        return 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x

class Child(Base):
    kind = "child"
    def method(self):
        return 2
    def own(self):
        pass

def own_names(pairs):
    return [name for name, _ in pairs if not name.startswith("__")]

print(own_names(inspect.getmembers(Child)))
print(own_names(inspect.getmembers(Child, inspect.isfunction)))
print([(n, v) for n, v in inspect.getmembers(Child()) if n in ("kind", "prop")])
print([n for n, _ in inspect.getmembers(Child, lambda v: isinstance(v, property))])
print([n for n, _ in inspect.getmembers(math, inspect.isbuiltin)][:5])
print(inspect.getmembers(3, inspect.isroutine)[:0], len(inspect.getmembers(Child())) > 10)

class Color(enum.Enum):
    RED = 1
    GREEN = 2

print([n for n, _ in inspect.getmembers(Color) if n.isupper()])
print([(n, v) for n, v in inspect.getmembers(Color.RED) if n in ("name", "value")])

class Odd:
    def __getattr__(self, name):
        if name == "ghost":
            return "boo"
        raise AttributeError(name)
    def __dir__(self):
        return ["ghost", "missing", "real"]
    real = 5
print(inspect.getmembers(Odd()))

class Meta(type):
    def __dir__(cls):
        return ["listed_only", "x"]
class WithMeta(metaclass=Meta):
    x = 1
print(inspect.getmembers(WithMeta))

print(inspect.getdoc(Child.method), "|", inspect.getdoc(Child().method))
print(inspect.getdoc(Child), "|", inspect.getdoc(Child.prop))
print(inspect.getdoc(Child.own))
class Blank(Base):
    pass
print(inspect.getdoc(Blank), "|", inspect.getdoc(Blank.make))

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    pass

sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.replace(parameters=list(sig.parameters.values())[:2]))
print(sig.replace(parameters=[]), sig.replace() == sig, sig.replace() is sig)
show("bad order", lambda: sig.replace(parameters=[sig.parameters["c"], sig.parameters["a"]]))
print(type(sig.parameters).__name__)
show("assign parameters", lambda: setattr(sig, "parameters", {}))

ba = sig.bind(1, c=3, e=5)
print(ba, ba.signature is sig, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
show("bind missing", lambda: sig.bind(1))
show("bind extra", lambda: inspect.signature(lambda x: 0).bind(1, 2))

def g(x, y):
    pass
g.__signature__ = inspect.Signature([inspect.Parameter("only", inspect.Parameter.POSITIONAL_ONLY)])
print(inspect.signature(g))
g.__signature__ = None
print(inspect.signature(g))
g.__signature__ = "nope"
show("bad __signature__", lambda: inspect.signature(g))

class Callable:
    __signature__ = inspect.Signature([inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY)])
    def __call__(self, q):
        pass
print(inspect.signature(Callable()), inspect.signature(Callable))
