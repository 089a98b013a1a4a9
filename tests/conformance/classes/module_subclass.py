# A subclass of the module type: module.__init__ gives each instance the attributes every
# module has, in its own dict.
import sys

ModuleType = type(sys)

class Plugin(ModuleType):
    registry = []

    def __init__(self, name, doc=None, *, priority=0):
        super().__init__(name, doc)
        self.priority = priority
        Plugin.registry.append(name)

    def describe(self):
        return f"{self.__name__} (priority {self.priority}): {self.__doc__}"

p = Plugin("alpha", "The first plugin.", priority=3)
q = Plugin("beta")
print(p.describe())
print(q.describe())
print(type(p).__name__, isinstance(p, ModuleType), Plugin.registry)
print(p.__package__, p.__loader__, p.__spec__)
print(sorted(k for k in vars(p)))
p.helper = lambda x: x + 1
print(p.helper(41), "helper" in p.__dict__)

class Lazy(ModuleType):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        setattr(self, name, value)
        return value

lz = Lazy("lazy")
print(lz.spam, lz.eggs, sorted(k for k in vars(lz) if not k.startswith("_")))
m = ModuleType("plain", "doc")
print(m.__name__, m.__doc__)
for bad in [(), (1,), ("a", "b", "c")]:
    try:
        Plugin(*bad)
    except TypeError as exc:
        print("TypeError", exc)
