"""types for pyseal: names for built-in types, SimpleNamespace, MappingProxyType, new_class."""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _a_cell():
    held = None
    return (lambda: held).__closure__[0]


CellType = type(_a_cell())
del _a_cell

GeneratorType = type(n for n in ())


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


MemberDescriptorType = type(_C._s)



async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro


def __getattr__(name):
    # Loaded on first use: the async_generator class lives in _asynctools.
    if name == 'AsyncGeneratorType':
        from _asynctools import async_generator
        return async_generator
    raise AttributeError(f"module 'types' has no attribute '{name}'")


def _pass_through(name):
    return property(lambda self: getattr(self._inner, name))


class _GeneratorWrapper:
    """What a @coroutine generator function gives: the generator, awaitable."""

    def __init__(self, gen):
        self._inner = gen
        for label in ('__name__', '__qualname__'):
            setattr(self, label, getattr(gen, label, None))

    def __iter__(self):
        return self._inner

    __await__ = __iter__

    def __next__(self):
        return next(self._inner)

    def send(self, val):
        return self._inner.send(val)

    def throw(self, tp, *rest):
        return self._inner.throw(tp, *rest)

    def close(self):
        return self._inner.close()

    gi_code = cr_code = _pass_through('gi_code')
    gi_frame = cr_frame = _pass_through('gi_frame')
    gi_running = cr_running = _pass_through('gi_running')


def coroutine(func):
    """Makes a generator function's generators usable with `await`."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x180:
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType or type(result).__name__ == 'async_generator':
            return result
        if type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result

    return wrapped


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ModuleType = type(_sys)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(_sys._getframe())


TracebackType, FrameType = _traceback_and_frame()
del _traceback_and_frame

NoneType = type(None)
from _typeforms import GenericAlias, UnionType
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

# State for reprs that are being built, so a namespace that contains itself prints `...`.
_repr_running = []


class SimpleNamespace:
    """A plain attribute namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.append(key)
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            _repr_running.remove(key)
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __getattr__(self, name):
        # CPython names its C type `types.SimpleNamespace` in this message.
        cls = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{cls}' object has no attribute '{name}'")

    def __dir__(self):
        # What CPython's built-in type lists: not this class's helpers.
        names = object.__dir__(self)
        if type(self) is SimpleNamespace:
            names = [n for n in names if n not in ("__getattr__", "__module__", "__weakref__")]
        return names

    __hash__ = None


from _typeforms import mappingproxy as MappingProxyType  # noqa: E402


def resolve_bases(bases):
    """Replaces bases that are not classes but have __mro_entries__ by what it returns."""
    resolved = []
    changed = False
    for entry in bases:
        substitute = None
        if not isinstance(entry, type) and hasattr(entry, "__mro_entries__"):
            substitute = entry.__mro_entries__(bases)
            changed = True
            if not isinstance(substitute, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
        if substitute is None:
            resolved.append(entry)
        else:
            resolved += substitute
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    # The most derived metaclass among `meta` and the bases' types; they must form a chain.
    for kind in map(type, bases):
        if issubclass(meta, kind):
            pass
        elif issubclass(kind, meta):
            meta = kind
        else:
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be a "
                "(non-strict) subclass of the metaclasses of all its bases"
            )
    return meta


def prepare_class(name, bases=(), kwds=None):
    """Returns (metaclass, namespace, remaining keywords) for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement would."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def _run_accessor(accessor, complaint, *args):
    if accessor is None:
        raise AttributeError(complaint)
    return accessor(*args)


class DynamicClassAttribute:
    """An attribute that acts as a property on instances and, looked up on the class, goes to
    the metaclass's __getattr__ (by raising AttributeError)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return _run_accessor(self.fget, "unreadable attribute", instance)
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        _run_accessor(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _run_accessor(self.fdel, "can't delete attribute", instance)

    def getter(self, fget):
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return _dca_copy(self, fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return _dca_copy(self, self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return _dca_copy(self, self.fget, self.fset, fdel, self.__doc__)


def _dca_copy(original, fget, fset, fdel, doc):
    twin = type(original)(fget, fset, fdel, doc)
    twin.overwrite_doc = original.overwrite_doc
    return twin
