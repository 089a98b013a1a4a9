# A class's __dict__ is a read-only mappingproxy over its namespace: reads work as on a dict,
# writes are refused (setattr is the way to change a class).
class Config:
    debug = False
    level = 3

    def describe(self):
        return f"debug={self.debug} level={self.level}"


ns = Config.__dict__
print(type(ns).__name__, type(vars(Config)).__name__)
print(ns["level"], ns.get("missing", "-"), "describe" in ns, len(ns) >= 3)
print(sorted(k for k in ns if not k.startswith("__")))
print(sorted(k for k, v in ns.items() if isinstance(v, (bool, int))))
copied = ns.copy()
print(type(copied).__name__, copied["debug"])

for action in ("set", "delete"):
    try:
        if action == "set":
            Config.__dict__["level"] = 10
        else:
            del Config.__dict__["level"]
    except TypeError as e:
        print("TypeError:", e)

setattr(Config, "level", 5)
print(Config.__dict__["level"], Config().describe())


class Base:
    kind = "base"


class Child(Base):
    extra = 1


# Inherited names are not in the subclass's own namespace.
print("kind" in Child.__dict__, "kind" in Base.__dict__, Child.__dict__.get("extra"))
fields = {k: v for k, v in vars(Child).items() if not k.startswith("_")}
print(fields)
