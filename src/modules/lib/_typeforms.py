"""Runtime forms of type hints: list[int] (GenericAlias) and int | None (UnionType).

The VM builds these when a built-in generic class is subscripted and when classes (or None)
are combined with '|'; types exposes them as types.GenericAlias and types.UnionType.
"""


def _type_repr(obj):
    if obj is None or obj is type(None):
        return "None"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


# Names a GenericAlias never takes from its origin.
_ALIAS_OWN_ATTRS = frozenset((
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
))


class GenericAlias:
    """A parameterized built-in generic such as list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getattr__(self, name):
        # Everything else reads through to the origin (list[int].__bases__ is list's).
        if name in _ALIAS_OWN_ATTRS:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(item) > len(params) else "few", self, len(item), len(params)))
        subst = dict(zip(params, item))
        args = []
        for a in self.__args__:
            if _is_type_var(a):
                args.append(subst[a])
            elif not isinstance(a, type) and getattr(a, "__parameters__", ()):
                args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                args.append(a)
        return GenericAlias(self.__origin__, tuple(args))


def _is_type_var(obj):
    return type(obj).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple") and \
        type(obj).__module__ == "typing"


def _collect_parameters(args):
    params = []
    for a in args:
        if _is_type_var(a):
            found = (a,)
        elif isinstance(a, type):
            continue
        else:
            found = getattr(a, "__parameters__", ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _is_type_form(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or (
        type(obj).__name__ in ("_GenericAlias", "_SpecialGenericAlias", "_UnionGenericAlias",
                               "TypeVar", "_LiteralGenericAlias", "_CallableGenericAlias"))


def _union(a, b):
    if not (_is_type_form(a) and _is_type_form(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            p = type(None) if p is None else p
            # Classes are told apart by identity (a metaclass __eq__ has no say).
            if isinstance(p, type):
                dup = any(p is q for q in args)
            else:
                dup = p in args
            if not dup:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """A union of types written X | Y."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        args = getattr(other, "__args__", None)
        if isinstance(other, UnionType) or (
                args is not None and type(other).__name__ == "_UnionGenericAlias"):
            return set(self.__args__) == set(args)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        # Checked as the tuple of its members would be: in order, stopping at the first
        # match, so a parameterized generic raises only when it is reached.
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        raise TypeError("'types.UnionType' object is not subscriptable")


GenericAlias.__module__ = "types"
UnionType.__module__ = "types"
GenericAlias.__tp_name__ = "types.GenericAlias"
UnionType.__tp_name__ = "types.UnionType"


# The descriptor a class's __slots__ entry reads as (S.a for __slots__ = ('a',)); like
# CPython's, it has no docstring.

def _check_applies(desc, obj):
    """A member or getset descriptor used on an object of another class: CPython's error."""
    if not isinstance(obj, desc.__objclass__):
        raise TypeError(
            f"descriptor '{desc.__name__}' for '{desc.__objclass__.__name__}' objects "
            f"doesn't apply to a '{type(obj).__name__}' object")


def _descriptor_init(desc, name, objclass):
    """A member or getset descriptor names its attribute and the class it belongs to."""
    desc.__name__ = name
    desc.__qualname__ = f"{objclass.__qualname__}.{name}"
    desc.__objclass__ = objclass


def _descriptor_for(table, kind, name, objclass):
    """One descriptor per (class, name), made on first use."""
    key = (objclass, name)
    d = table.get(key)
    if d is None:
        d = table[key] = kind(name, objclass)
    return d


class member_descriptor:

    __tp_name__ = 'member_descriptor'

    __init__ = _descriptor_init

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self._check(obj)
        return object.__getattribute__(obj, self.__name__)

    def __set__(self, obj, value):
        self._check(obj)
        object.__setattr__(obj, self.__name__, value)

    def __delete__(self, obj):
        self._check(obj)
        object.__delattr__(obj, self.__name__)

    _check = _check_applies

    def __repr__(self):
        return f"<member {self.__name__!r} of {self.__objclass__.__name__!r} objects>"


member_descriptor.__module__ = 'builtins'
_members = {}


def _member(name, objclass):
    return _descriptor_for(_members, member_descriptor, name, objclass)


def _is_mapping(obj):
    if isinstance(obj, (list, tuple)):
        return False
    return hasattr(type(obj), "__getitem__")


class mappingproxy:
    """A read-only view of a mapping."""

    __module__ = "builtins"
    __slots__ = ("_mappingproxy__mapping",)

    def __new__(cls, mapping):
        if not _is_mapping(mapping):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}"
            )
        self = object.__new__(cls)
        object.__setattr__(self, "_mappingproxy__mapping", mapping)
        return self

    def __getitem__(self, key):
        return self.__mapping[key]

    def get(self, key, default=None):
        return self.__mapping.get(key, default)

    def __contains__(self, key):
        return key in self.__mapping

    def __iter__(self):
        return iter(self.__mapping)

    def __reversed__(self):
        return reversed(self.__mapping)

    def __len__(self):
        return len(self.__mapping)

    def keys(self):
        return self.__mapping.keys()

    def values(self):
        return self.__mapping.values()

    def items(self):
        return self.__mapping.items()

    def copy(self):
        return self.__mapping.copy()

    def __eq__(self, other):
        return self.__mapping == other

    def __ne__(self, other):
        return self.__mapping != other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other.copy()
        return self.__mapping | other

    def __ror__(self, other):
        return other | self.__mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        if hasattr(type(self), name):
            raise AttributeError(f"'mappingproxy' object attribute '{name}' is read-only")
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __repr__(self):
        return f"mappingproxy({self.__mapping!r})"

    def __str__(self):
        return str(self.__mapping)

    __hash__ = None


# The descriptor a class's instance `__dict__` (or `__weakref__`) reads through, listed in
# the namespace of the class that introduced it.
class getset_descriptor:

    __tp_name__ = 'getset_descriptor'

    __init__ = _descriptor_init

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self._check(obj)
        if self.__name__ == "__weakref__":
            return None
        return object.__getattribute__(obj, self.__name__)

    def __set__(self, obj, value):
        self._check(obj)
        if self.__name__ == "__weakref__":
            raise AttributeError(
                f"attribute '__weakref__' of '{self.__objclass__.__name__}' objects is not writable")
        object.__setattr__(obj, self.__name__, value)

    _check = _check_applies

    def __repr__(self):
        return f"<attribute {self.__name__!r} of {self.__objclass__.__name__!r} objects>"


getset_descriptor.__module__ = 'builtins'
_getsets = {}


def _getset(name, objclass):
    return _descriptor_for(_getsets, getset_descriptor, name, objclass)


def _class_dict(namespace, cls=None, extras=()):
    """cls.__dict__: a mappingproxy over the class namespace (see _ClassNamespace)."""
    if cls is None:
        return mappingproxy(namespace)
    # One view per class: its extras never change, and classes live as long as the program.
    view = _class_views.get(cls)
    if view is None:
        view = _class_views[cls] = mappingproxy(_ClassNamespace(namespace, cls, extras))
    return view


_class_views = {}


class _ClassNamespace:
    """A user class's namespace as CPython lists it, kept live.

    `extras` are the entries CPython's type() adds and pyseal keeps out of the namespace
    (it serves them directly): (name, 'member') for each of the class's own `__slots__`,
    (name, 'getset') for the `__dict__` and `__weakref__` it introduces. They are listed
    where CPython lists them, at the end of the class body: before the `__doc__` that
    type() added there, else (after a docstring) after everything.
    """

    __slots__ = ("ns", "cls", "extras")

    def __init__(self, ns, cls, extras):
        self.ns = ns
        self.cls = cls
        self.extras = extras

    def _hidden(self, k, v):
        # A class's name and qualified name live in the class (`C.__qualname__ = ...`
        # writes the namespace only to pass the write policy).
        return k == "__qualname__" or (k == "__name__" and v is self.cls.__name__)

    def _extra(self, key):
        for name, kind in self.extras:
            if name == key:
                return _member(name, self.cls) if kind == "member" else _getset(name, self.cls)
        if key == "__doc__":
            return None
        raise KeyError(key)

    def __getitem__(self, key):
        ns = self.ns
        if key in ns and key != "__qualname__" and key != "__name__":
            return ns[key]
        return self._lookup(key)

    def _lookup(self, key):
        ns = self.ns
        if key in ns and not self._hidden(key, ns[key]):
            return ns[key]
        return self._extra(key)

    def get(self, key, default=None):
        ns = self.ns
        if key in ns and key != "__qualname__" and key != "__name__":
            return ns[key]
        try:
            return self._lookup(key)
        except KeyError:
            return default

    def __contains__(self, key):
        if key in self.ns and key != "__qualname__" and key != "__name__":
            return True
        try:
            self._lookup(key)
        except KeyError:
            return False
        return True

    def _view(self):
        """The namespace as listed (the namespace itself when nothing is added: read only)."""
        ns = self.ns
        if not self.extras and "__doc__" in ns and "__qualname__" not in ns and "__name__" not in ns:
            return ns
        keys = list(ns)
        at = len(keys)
        if "__doc__" in ns:
            i = keys.index("__doc__")
            # type() adds a missing `__doc__` (None) after the body; a docstring opens it.
            if keys[:i] != ["__module__"] or ns["__doc__"] is None:
                at = i
        view = {}
        for i, k in enumerate(keys):
            if i == at:
                _add_extras(view, self.cls, self.extras)
            v = ns[k]
            if not self._hidden(k, v):
                view[k] = v
        if at == len(keys):
            _add_extras(view, self.cls, self.extras)
        if "__doc__" not in view:
            view["__doc__"] = None
        return view

    def __iter__(self):
        return iter(self._view())

    def __reversed__(self):
        return reversed(self._view())

    def __len__(self):
        return len(self._view())

    def keys(self):
        return self._view().keys()

    def values(self):
        return self._view().values()

    def items(self):
        return self._view().items()

    def copy(self):
        return dict(self._view())

    def __eq__(self, other):
        return self._view() == other

    def __ne__(self, other):
        return self._view() != other

    def __or__(self, other):
        return self._view() | other

    def __ror__(self, other):
        return other | self._view()

    def __repr__(self):
        return repr(self._view())

    __hash__ = None


def _add_extras(view, cls, extras):
    for name, kind in extras:
        view[name] = _member(name, cls) if kind == "member" else _getset(name, cls)
