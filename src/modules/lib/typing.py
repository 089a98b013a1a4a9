"""typing for pyseal: names for type hints, usable at run time."""

import sys as _sys
import collections as _collections
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        params = []
        for a in args:
            if isinstance(a, TypeVar):
                if a not in params:
                    params.append(a)
            else:
                for p in getattr(a, "__parameters__", ()):
                    if isinstance(p, TypeVar) and p not in params:
                        params.append(p)
        self.__parameters__ = tuple(params)

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if self.__args__ == ():
            return f"{self._head()}[()]"
        return f"{self._head()}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if not isinstance(self.__origin__, type):
            raise TypeError(f"Cannot subclass {self!r}")
        return _alias_mro_entries(self, bases)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            many = "many" if len(params) > len(self.__parameters__) else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _alias_mro_entries(alias, bases):
    res = []
    if alias.__origin__ not in bases:
        res.append(alias.__origin__)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        if not issubclass(alias.__origin__, Generic):
            res.append(Generic)
    return tuple(res)


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


def _checked_origin(alias):
    """The class an alias stands for in isinstance checks: the ABCs made here for
    collections.abc (see _abc below) are swapped for the real ones, which know about
    registrations and every built-in type."""
    origin = alias.__origin__
    if getattr(origin, "__module__", None) == "collections.abc":
        import collections.abc
        return getattr(collections.abc, origin.__name__, origin)
    return origin


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias such as typing.List."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name if name is not None else origin.__name__
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    # isinstance(x, typing.Sequence) is isinstance(x, collections.abc.Sequence).
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(_checked_origin(cls), _checked_origin(self))
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, _checked_origin(self))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            params = (..., _type_check(result, ""))
        elif isinstance(args, list):
            params = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
        else:
            raise TypeError("Callable[args, result]: args must be a list or ellipsis. "
                            f"Got {args}")
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, "") for p in params[:-1]) + (...,),
                                 name="Tuple", inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, "") for p in params),
                             name="Tuple", inst=False)


# --- special forms -------------------------------------------------------------------------

def _any_getitem(self, params):
    raise TypeError(f"type '{self._name}' is not subscriptable")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "")
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif type(p).__name__ == "UnionType" and hasattr(p, "__args__"):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionGenericAlias(self, tuple(unique), name="Union")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "")
    return Union[arg, type(None)]


def _one_arg(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters, ""),), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            if not any(type(u) is type(it) and u == it for u in unique):
                unique.append(it)
    return _LiteralGenericAlias(self, tuple(unique), name="Literal")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name="Annotated")
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


Any = _SpecialForm("Any", _any_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


# --- TypeVar -------------------------------------------------------------------------------

class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(c, "") for c in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)


# --- Generic and Protocol ------------------------------------------------------------------

class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        params = tuple(_type_check(p, "") for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _make_generic_base(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(expected):
            many = "many" if len(params) > len(expected) else "few"
            raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, "
                            f"expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "__parameters__" in cls.__dict__ and cls.__dict__.get("_generic_base", False):
            return
        tvars = []
        for base in cls.__orig_bases_list():
            for p in getattr(base, "__parameters__", ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)

    @classmethod
    def __orig_bases_list(cls):
        return [b for b in cls.__bases__ if b.__dict__.get("_generic_base", False)] or [
            b for b in cls.__bases__ if isinstance(b, type) and issubclass(b, Generic)]


_generic_bases = {}


def _make_generic_base(cls, params):
    key = (cls, params)
    base = _generic_bases.get(key)
    if base is None:
        ns = {"_generic_base": True, "__parameters__": params, "__module__": "typing",
              "__slots__": ()}
        base = type(cls)(cls.__name__, (cls,), ns)
        _generic_bases[key] = base
    return base


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) is True and not cls.__dict__.get(
                "_generic_base", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, attr) for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False) is True and not cls.__dict__.get(
                "_generic_base", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(any(attr in b.__dict__ for b in other.__mro__) for attr in _protocol_attrs(cls)):
                return True
        return super().__subclasscheck__(other)


_SPECIAL_NAMES = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
                  "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
                  "__class_getitem__", "__parameters__", "__qualname__", "__init_subclass__",
                  "_is_protocol", "_is_runtime_protocol", "_abc_registry", "_generic_base",
                  "__orig_bases__", "__protocol_attrs__"}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__.keys()) + list(getattr(base, "__annotations__", {}).keys()):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol or b.__dict__.get("_generic_base", False)
                                   and issubclass(b, Protocol) and b.__bases__[0] is Protocol
                                   for b in cls.__bases__)
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    if not isinstance(cls, type) or not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# --- NamedTuple and TypedDict --------------------------------------------------------------

class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(fields[fields.index(name) - len(defaults):fields.index(name)])}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults, ns.get("__module__", "__main__"))
        for key, val in ns.items():
            if key in ("__annotations__", "_root", "__module__", "__qualname__"):
                continue
            if key in ("_make", "_replace", "_asdict", "_fields", "_field_defaults",
                       "__new__", "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in fields:
                setattr(nm_tpl, key, val)
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                            "not both")
        return _make_nmtuple(typename, fields, (), _caller_module())


def _make_nmtuple(name, types, defaults, module):
    types = {n: _type_check(t, "") for n, t in types}
    nm_tpl = _collections.namedtuple(name, list(types), defaults=defaults or None,
                                     module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = {k: _type_check(v, "") for k, v in ns.get("__annotations__", {}).items()}
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required |= set(base.__dict__.get("__required_keys__", ()))
            optional |= set(base.__dict__.get("__optional_keys__", ()))
        (required if total else optional).update(own)
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), {
            "__module__": ns.get("__module__", "__main__"),
            "__qualname__": ns.get("__qualname__", name),
            "__annotations__": annotations,
            "__required_keys__": frozenset(required),
            "__optional_keys__": frozenset(optional),
            "__total__": total,
        })
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            name, fields = args[0], args[1] if len(args) > 1 else kwargs
            ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
            return _TypedDictMeta(name, (), ns, total=kwargs.get("total", True)
                                  if len(args) > 1 else True)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


# --- aliases of concrete and abstract collections ------------------------------------------

def _abc(name, methods=()):
    def hook(cls, C):
        if cls.__name__ != name or cls.__module__ != "collections.abc":
            return NotImplemented
        for m in methods:
            if not any(m in B.__dict__ for B in C.__mro__):
                return NotImplemented
        return True if methods else NotImplemented
    ns = {"__module__": "collections.abc", "__slots__": (),
          "__subclasshook__": classmethod(hook)}
    return _ABCMeta(name, (), ns)


_abc_Hashable = _abc("Hashable", ("__hash__",))
_abc_Sized = _abc("Sized", ("__len__",))
_abc_Container = _abc("Container", ("__contains__",))
_abc_Iterable = _abc("Iterable", ("__iter__",))
_abc_Iterator = _abc("Iterator", ("__iter__", "__next__"))
_abc_Reversible = _abc("Reversible", ("__reversed__", "__iter__"))
_abc_Generator = _abc("Generator", ("__iter__", "__next__", "send", "throw", "close"))
_abc_Collection = _abc("Collection", ("__len__", "__iter__", "__contains__"))
_abc_Callable = _abc("Callable", ("__call__",))
_abc_Sequence = _abc("Sequence")
_abc_MutableSequence = _abc("MutableSequence")
_abc_Set = _abc("Set")
_abc_MutableSet = _abc("MutableSet")
_abc_Mapping = _abc("Mapping")
_abc_MutableMapping = _abc("MutableMapping")
_abc_MappingView = _abc("MappingView")
_abc_KeysView = _abc("KeysView")
_abc_ItemsView = _abc("ItemsView")
_abc_ValuesView = _abc("ValuesView")
_abc_Awaitable = _abc("Awaitable", ("__await__",))
_abc_Coroutine = _abc("Coroutine")
_abc_AsyncIterable = _abc("AsyncIterable", ("__aiter__",))
_abc_AsyncIterator = _abc("AsyncIterator", ("__aiter__", "__anext__"))
_abc_AsyncGenerator = _abc("AsyncGenerator")
for _t in (list, tuple, str, range, bytes):
    _abc_Sequence.register(_t)
_abc_MutableSequence.register(list)
for _t in (set, frozenset):
    _abc_Set.register(_t)
_abc_MutableSet.register(set)
_abc_Mapping.register(dict)
_abc_MutableMapping.register(dict)


class _ContextManagerBase:
    pass


_ctx_abc = _ABCMeta("AbstractContextManager", (), {"__module__": "contextlib"})

Hashable = _SpecialGenericAlias(_abc_Hashable, 0)
Sized = _SpecialGenericAlias(_abc_Sized, 0)
Container = _SpecialGenericAlias(_abc_Container, 1)
Iterable = _SpecialGenericAlias(_abc_Iterable, 1)
Iterator = _SpecialGenericAlias(_abc_Iterator, 1)
Reversible = _SpecialGenericAlias(_abc_Reversible, 1)
Generator = _SpecialGenericAlias(_abc_Generator, 3)
Collection = _SpecialGenericAlias(_abc_Collection, 1)
Callable = _CallableType(_abc_Callable, 2)
Sequence = _SpecialGenericAlias(_abc_Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc_MutableSequence, 1)
AbstractSet = _SpecialGenericAlias(_abc_Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc_MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc_Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc_MutableMapping, 2)
MappingView = _SpecialGenericAlias(_abc_MappingView, 1)
KeysView = _SpecialGenericAlias(_abc_KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc_ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc_ValuesView, 1)
Awaitable = _SpecialGenericAlias(_abc_Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc_Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc_AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc_AsyncIterator, 1)
AsyncGenerator = _SpecialGenericAlias(_abc_AsyncGenerator, 2)
ContextManager = _SpecialGenericAlias(_ctx_abc, 1, name="ContextManager")
Tuple = _TupleType(tuple, -1, name="Tuple", inst=False)
List = _SpecialGenericAlias(list, 1, name="List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, name="Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, name="Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, name="FrozenSet", inst=False)
Type = _SpecialGenericAlias(type, 1, name="Type", inst=False)
Deque = _SpecialGenericAlias(_collections.deque, 1, name="Deque")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(getattr(_collections, "ChainMap", dict), 2, name="ChainMap")
Text = str


# --- functions -----------------------------------------------------------------------------

def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        if isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    import _typeforms
    if isinstance(tp, _typeforms.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _typeforms.UnionType):
        return _typeforms.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    import _typeforms
    if isinstance(tp, (_typeforms.GenericAlias, _typeforms.UnionType)):
        import collections.abc
        args = tp.__args__
        if (tp.__origin__ if isinstance(tp, _typeforms.GenericAlias) else None) is \
                collections.abc.Callable and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        return _eval_hint(value, globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, (_AnnotatedAlias,)):
        args = tuple(_eval_hint(a, globalns, localns) if a is not ... else a
                     for a in value.__args__)
        if args != value.__args__:
            if isinstance(value, _CallableGenericAlias):
                return _CallableGenericAlias(value.__origin__, args, name="Callable")
            if isinstance(value, _UnionGenericAlias):
                return Union[args]
            return value.copy_with(args)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            mod = _sys.modules.get(base.__module__)
            g = globalns if globalns is not None else (getattr(mod, "__dict__", {}) if mod else {})
            l = localns if localns is not None else dict(vars(base))
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, _Final) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None)
        if g is None:
            mod = _sys.modules.get(getattr(obj, "__module__", None) or "")
            g = getattr(mod, "__dict__", {}) if mod else {}
    l = localns if localns is not None else g
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, l)
    return hints


__all__ = sorted(_n for _n in list(globals()) if not _n.startswith("_")
                 and _n not in ("T", "KT", "VT", "T_co"))
