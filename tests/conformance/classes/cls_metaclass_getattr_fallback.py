# A descriptor raising AttributeError on a class hands over to the metaclass __getattr__;
# type() refuses bases needing __mro_entries__; object.__init__ rejects extra arguments.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Meta(type):
    def __getattr__(cls, name):
        return f"meta fallback for {name}"


class Failing:
    def __get__(self, instance, owner):
        if instance is None:
            raise AttributeError("only on instances")
        return "instance value"


class OnlyInstances:
    def __init__(self, fget):
        self.fget = fget

    def __get__(self, instance, owner):
        if instance is None:
            raise AttributeError(self.fget.__name__)
        return self.fget(instance)


class Config(metaclass=Meta):
    setting = Failing()

    @OnlyInstances
    def computed(self):
        return 42


print(Config.setting)
print(Config().setting)
print(Config.computed, Config().computed)
print(Config.missing)


class MetaProp(type):
    @property
    def registry(cls):
        raise AttributeError("no registry yet")

    def __getattr__(cls, name):
        return f"metaclass __getattr__({name})"


class Plugin(metaclass=MetaProp):
    pass


print(Plugin.registry, Plugin.other)


class NoFallback:
    setting = Failing()


attempt("no metaclass __getattr__", lambda: NoFallback.setting)


class Other(Exception):
    pass


class Raising:
    def __get__(self, instance, owner):
        raise Other("not an AttributeError")


class Holder(metaclass=Meta):
    r = Raising()


attempt("other errors pass through", lambda: Holder.r)


class Instances:
    setting = Failing()

    def __getattr__(self, name):
        return f"instance fallback for {name}"


print(Instances().setting, Instances().nothing)


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class Made(Entries(), metaclass=type):
    pass


print(Made.__mro__, Made.__orig_bases__[0].__class__.__name__)
attempt("type() with __mro_entries__", lambda: type("X", (Entries(),), {}))
attempt("type() with a non-class", lambda: type("X", (3,), {}))

attempt("object().__init__(1)", lambda: object().__init__(1))
attempt("object().__init__(a=1)", lambda: object().__init__(a=1))
attempt("object().__init__()", lambda: object().__init__())


class Plain:
    pass


attempt("Plain(1)", lambda: Plain(1))
attempt("Plain().__init__(1)", lambda: Plain().__init__(1))


# super().__repr__() in a metaclass reaches type's own repr for every class it makes.
class Named(type):
    def __repr__(cls):
        if cls.__name__ == "Root":
            return "<the root>"
        return "Named:" + super().__repr__()

    def describe(cls):
        return "describe " + super().__repr__() + " " + type.__repr__(cls)


class Root(metaclass=Named):
    pass


class Leaf(Root):
    pass


print(repr(Root), repr(Leaf), Leaf.describe(), Root.describe())
print([Root, Leaf], str(Leaf), f"{Leaf}")



# object.__init_subclass__ reached through super() names the class by its qualified name.
def make_with_keyword():
    class Base:
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)

    class Sub(Base, flag=True):
        pass


attempt("keyword through super()", make_with_keyword)
