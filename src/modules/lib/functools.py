"""functools for pyseal: higher-order functions and operations on callables."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the `assigned` attributes wrapped has, merges
    the `updated` dicts, and records wrapped as wrapper.__wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


from _functools import _lru_cache_wrapper, partial_call as _partial_call
from _typeforms import GenericAlias

_initial_missing = object()


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    __slots__ = ("func", "args", "keywords", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    # Native: func(*self.args, *args, **{**self.keywords, **keywords}) without a frame.
    __call__ = _partial_call

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if kwds is None else dict(kwds)
        if namespace:
            self.__dict__.update(namespace)


class KeyWrapper:
    """What cmp_to_key returns: called with an object, it wraps the object in a KeyWrapper
    whose comparisons ask the comparison function."""

    __slots__ = ('_cmp', 'obj')
    __tp_name__ = 'functools.KeyWrapper'

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _order(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._order(other) < 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __eq__(self, other):
        return self._order(other) == 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __ge__(self, other):
        return self._order(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    return KeyWrapper(mycmp, None)


def _derived(base, flip, eq_part):
    """An ordering method computed from `base` (the class's own method, called directly so
    that NotImplemented passes through and Python then tries the reflected operation).
    flip negates base's answer; eq_part joins `self == other` with `or` ('eq'), or
    `self != other` with `and` ('ne')."""
    def method(self, other):
        r = getattr(type(self), base)(self, other)
        if r is NotImplemented:
            return r
        if flip:
            r = not r
        if eq_part == 'eq':
            return r or self == other
        if eq_part == 'ne':
            return r and self != other
        return r
    return method


_ORDERINGS = {
    '__lt__': [('__gt__', True, 'ne'), ('__le__', False, 'eq'),
               ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'eq'), ('__lt__', False, 'ne'),
               ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'ne'), ('__ge__', False, 'eq'),
               ('__le__', True, None)],
    '__ge__': [('__le__', True, 'eq'), ('__gt__', False, 'ne'),
               ('__lt__', True, None)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = {op for op in _ORDERINGS if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, flip, eq_part in _ORDERINGS[root]:
        if opname not in roots:
            opfunc = _derived(root, flip, eq_part)
            opfunc.__name__ = opname
            opfunc.__qualname__ = f"_{opname[2:4]}_from_{root[2:4]}"
            setattr(cls, opname, opfunc)
    return cls


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return super().__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed=False):
    key = args
    if kwds:
        key += (object,)
        for item in kwds.items():
            key += item
    if typed:
        # typed=True caches 1 and 1.0 (or True) separately.
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def _require_method_like(func):
    if not callable(func) and not hasattr(func, "__get__"):
        raise TypeError(f"{func!r} is not callable or a descriptor")


class partialmethod:
    """A method descriptor that partially applies its arguments (self stays first)."""

    def __init__(self, func, /, *args, **keywords):
        _require_method_like(func)
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost function.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if isinstance(self.func, (staticmethod, classmethod)) or get is None or obj is None:
            if get is not None and isinstance(self.func, (staticmethod, classmethod)):
                return partial(self.func.__get__(obj, cls), *self.args, **self.keywords)
            if obj is None:
                method = self

                def unbound(cls_or_self, /, *args, **keywords):
                    keywords = {**method.keywords, **keywords}
                    return method.func(cls_or_self, *method.args, *args, **keywords)
                return unbound
        bound = self.func.__get__(obj, cls)
        return partial(bound, *self.args, **self.keywords)


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__ (where
    later lookups find it first: this is a non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        store = getattr(instance, '__dict__', None)
        if store is None:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.")
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            value = store[name] = self.func(instance)
        return value


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO (ABCs included)."""
    mro = cls.__mro__
    for base in mro:
        if base is not object and base in registry:
            return registry[base]
    # Registered classes that are not in the MRO but that cls is still a subclass of
    # (abstract base classes): the most specific one wins.
    best = None
    for typ in registry:
        if typ is object or typ in mro:
            continue
        try:
            ok = issubclass(cls, typ)
        except TypeError:
            ok = False
        if ok and (best is None or issubclass(typ, best)):
            best = typ
    if best is not None:
        return registry[best]
    return registry.get(object)


def _is_union_type(cls):
    from typing import get_origin, Union
    import types
    return get_origin(cls) in {Union, types.UnionType}


def _dispatch_classes(cls):
    """The classes a register() target stands for (a union's members), or None when it is
    neither a class nor a union of classes."""
    if isinstance(cls, type):
        return (cls,)
    if _is_union_type(cls):
        from typing import get_args
        members = get_args(cls)
        if all(isinstance(m, type) for m in members):
            return members
    return None


def _annotated_target(func):
    """The classes that plain `@register` on func registers it for: its first annotation."""
    if not getattr(func, '__annotations__', {}):
        raise TypeError(f"Invalid first argument to `register()`: {func!r}. Use either "
                        "`@register(some_class)` or plain `@register` on an annotated function.")
    from typing import get_type_hints
    argname, hint = next(iter(get_type_hints(func).items()))
    classes = _dispatch_classes(hint)
    if classes is None:
        problem = "not all arguments are classes" if _is_union_type(hint) else "is not a class"
        raise TypeError(f"Invalid annotation for {argname!r}. {hint!r} {problem}.")
    return classes


def singledispatch(func):
    """A generic function that dispatches on the type of its first argument."""
    registry = {object: func}
    # class -> implementation, filled on each class's first call; cleared by register().
    resolved = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        try:
            return resolved[cls]
        except KeyError:
            impl = resolved[cls] = _find_impl(cls, registry)
            return impl

    def register(cls, func=None):
        classes = _dispatch_classes(cls)
        if classes is None:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a "
                                "class or union type.")
            func = cls
            classes = _annotated_target(func)
        elif func is None:
            return lambda f: register(cls, f)
        for c in classes:
            registry[c] = func
        resolved.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self."""

    def __init__(self, func):
        _require_method_like(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


partial.__tp_name__ = "functools.partial"


partial.__class_getitem__ = classmethod(GenericAlias)
partialmethod.__class_getitem__ = classmethod(GenericAlias)
cached_property.__class_getitem__ = classmethod(GenericAlias)
