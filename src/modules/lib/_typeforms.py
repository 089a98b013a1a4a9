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
class member_descriptor:

    __tp_name__ = 'member_descriptor'

    def __init__(self, name, objclass):
        self.__name__ = name
        self.__qualname__ = f"{objclass.__qualname__}.{name}"
        self.__objclass__ = objclass

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

    def _check(self, obj):
        if not isinstance(obj, self.__objclass__):
            raise TypeError(
                f"descriptor '{self.__name__}' for '{self.__objclass__.__name__}' objects "
                f"doesn't apply to a '{type(obj).__name__}' object")

    def __repr__(self):
        return f"<member {self.__name__!r} of {self.__objclass__.__name__!r} objects>"


member_descriptor.__module__ = 'builtins'
_members = {}


def _member(name, objclass):
    key = (objclass, name)
    d = _members.get(key)
    if d is None:
        d = _members[key] = member_descriptor(name, objclass)
    return d


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


def _class_dict(namespace):
    """cls.__dict__: a mappingproxy over the class namespace."""
    return mappingproxy(namespace)
