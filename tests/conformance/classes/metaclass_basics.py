class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.created_by = "Registry"
        return obj
class Base(metaclass=Registry):
    pass
class Widget(Base):
    def __init__(self, size): self.size = size
class Gadget(Base):
    tag = "custom"
w = Widget(3)
print(Registry.classes, w.size, w.created_by, Widget.tag, Gadget.tag, type(Widget).__name__)
print(isinstance(Widget, Registry), isinstance(w, Base), type(Base) is Registry)
class Meta(type):
    def describe(cls): return f"class {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"
class Thing(metaclass=Meta):
    a = 1
    def m(self): pass
print(Thing.describe())
try:
    Thing().describe()
except AttributeError as e:
    print("AttributeError:", e)
