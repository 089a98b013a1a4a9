"""abc for pyseal: abstract base classes."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if part is not None and getattr(part, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _compute_abstracts(cls, namespace):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


_cache_token = 0


def get_cache_token():
    return _cache_token


class _AbcData:
    """What one abstract class knows about its subclasses.

    `registry` holds the classes `register()` was given and `subclasses` the direct subclasses
    that are ABCs (`type.__subclasses__` is not kept). `known` and `refused` cache the verdicts
    of `__subclasscheck__`: a class found to be a subclass stays one, while a refusal holds only
    until the next `register()` anywhere (`refused_token` is the cache token it was made under).
    """

    __slots__ = ("registry", "subclasses", "known", "refused", "refused_token")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.known = set()
        self.refused = set()
        self.refused_token = _cache_token


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_impl = _AbcData()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _register_many(cls, (subclass,))
        return subclass

    def __instancecheck__(cls, instance):
        data = cls._abc_impl
        claimed = getattr(instance, "__class__", None)
        if claimed in data.known:
            return True
        actual = type(instance)
        if actual is claimed or claimed is None:
            if data.refused_token == _cache_token and actual in data.refused:
                return False
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        if subclass in data.known:
            return True
        if data.refused_token != _cache_token:
            data.refused.clear()
            data.refused_token = _cache_token
        elif subclass in data.refused:
            return False
        verdict = _decide_subclass(cls, data, subclass)
        (data.known if verdict else data.refused).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


def _decide_subclass(cls, data, subclass):
    """Whether `subclass` is a real or virtual subclass of the ABC `cls`, uncached."""
    if cls in subclass.__mro__:
        return True
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        verdict = hook(subclass)
        if verdict is not NotImplemented:
            return bool(verdict)
    for registered in data.registry:
        if registered is subclass or issubclass(subclass, registered):
            return True
    return any(child is not cls and issubclass(subclass, child) for child in data.subclasses)


def _register_many(cls, classes):
    """Adds `classes` to the virtual subclasses of `cls` without register()'s checks (it makes
    them first; the standard library's own registrations of built-in types skip them)."""
    global _cache_token
    cls._abc_impl.registry.extend(classes)
    _cache_token += 1


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, dict(cls.__dict__))
    return cls
