class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSVExport(Plugin, name="csv"):
    pass
class JsonExport(Plugin):
    pass
class Pretty(JsonExport, name="pretty"):
    pass
print(sorted(Plugin.registry), CSVExport.plugin_name, Pretty.plugin_name, JsonExport.plugin_name)
class Validated:
    def __init_subclass__(cls, **kw):
        required = getattr(cls, "required", ())
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Ok(Validated):
    required = ("run",)
    def run(self): pass
try:
    class Broken(Validated):
        required = ("run", "stop")
except TypeError as e:
    print("TypeError:", e)
print(Ok.__name__)
class WithSetName:
    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"
class Host:
    field = WithSetName()
print(Host.field.name)
