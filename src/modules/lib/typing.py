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


def _type_check(arg, msg, is_argument=True, allow_special_forms=False, module=None):
    """Checks one argument of a subscripted form, turning None into NoneType and a string
    into a ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    # Generic and Protocol are defined after the first TypeVars are made.
    generic_forms = tuple(globals()[n] for n in ("Generic", "Protocol") if n in globals())
    if isinstance(arg, _GenericAlias):
        origin = arg.__origin__
        if (origin in generic_forms or not allow_special_forms and (
                origin is ClassVar or is_argument and origin is Final)):
            raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm):
        if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
            return arg
        if allow_special_forms and arg in (ClassVar, Final):
            return arg
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if arg in generic_forms:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _type_convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


_TUPLE_MSG = "Tuple[t0, t1, ...]: each t must be a type."


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_type_var(arg):
    return isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple))


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return f"ForwardRef({self.__forward_arg__!r})"
        return f"ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})"


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwds):
        if cls.__module__ != __name__:
            raise TypeError("Cannot subclass special typing classes")


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
            if _is_type_var(a):
                if a not in params:
                    params.append(a)
            else:
                for p in getattr(a, "__parameters__", ()):
                    if _is_type_var(p) and p not in params:
                        params.append(p)
        self.__parameters__ = tuple(params)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

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
        if self._name:
            return _alias_mro_entries(self, bases)
        if self.__origin__ is Generic:
            # Generic[T] next to Protocol or another subscripted base adds nothing itself.
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) and b is not self:
                    return ()
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        obj = origin(*args, **kwargs)
        # Remember the alias on the instance when it accepts new attributes.
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
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


_alias_cache = {}


def _cached_alias(kind, origin, params, name, inst):
    """The same subscription gives the same alias object (CPython caches them too)."""
    key = (kind, origin, params, name, inst)
    try:
        alias = _alias_cache.get(key)
    except TypeError:
        return kind(origin, params, name=name, inst=inst)
    if alias is None:
        alias = _alias_cache[key] = kind(origin, params, name=name, inst=inst)
    return alias


def _alias_mro_entries(alias, bases):
    # The real collections.abc / contextlib class, with its mixin methods, is the base.
    origin = _checked_origin(alias)
    res = []
    if origin not in bases:
        res.append(origin)
    i = bases.index(alias)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        if not issubclass(origin, Generic):
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
        if len(args) == 2 and _is_param_expr(args[0]):
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name="Callable")


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return _ConcatenateGenericAlias(self.__origin__, args, name=self._name)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])


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

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

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
    module = getattr(origin, "__module__", None)
    if module == "collections.abc":
        import collections.abc
        return getattr(collections.abc, origin.__name__, origin)
    if module == "contextlib" and origin in (_ctx_abc, _actx_abc):
        import contextlib
        return getattr(contextlib, origin.__name__, origin)
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
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _cached_alias(_GenericAlias, self.__origin__, params, self._name, self._inst)

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
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
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
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            params = (..., result)
        else:
            if isinstance(args, list):
                args = tuple(args)
            elif not isinstance(args, tuple):
                args = (args,)
            params = tuple(_type_check(a, "Callable[args, result]: each arg must be a type.") if not _is_param_expr(a) else a
                           for a in args) + (result,)
        return _CallableGenericAlias(self.__origin__, params, name="Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, _TUPLE_MSG) for p in params[:-1]) + (...,),
                                 name="Tuple", inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, _TUPLE_MSG) for p in params),
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
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
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
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _one_arg(self, parameters):
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,), name=self._name)


def _required_getitem(self, parameters):
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,), name=self._name)


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


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    *heads, last = parameters if isinstance(parameters, tuple) else (parameters,)
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    checked = [_type_check(h, "Concatenate[arg, ...]: each arg must be a type.") for h in heads]
    return _ConcatenateGenericAlias(self, (*checked, last), name="Concatenate")


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _UnpackGenericAlias(self, (item,), name="Unpack")


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + tuple(metadata)
            origin = origin.__origin__
        super().__init__(origin, (origin,), name="Annotated")
        self.__metadata__ = tuple(metadata)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _AnyMeta(type):
    # Any itself refuses isinstance() and shows as typing.Any; its subclasses behave normally.
    def __repr__(cls):
        return "typing.Any" if cls is Any else type.__repr__(cls)

    def __instancecheck__(cls, instance):
        if cls is not Any:
            return type.__instancecheck__(cls, instance)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)

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


class Annotated:
    """Adds context-specific metadata to a type: Annotated[int, ValueRange(0, 9)]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, params[1:])

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")

Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", _unpack_getitem)
Required = _SpecialForm("Required", _required_getitem)
NotRequired = _SpecialForm("NotRequired", _required_getitem)


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
        self.__constraints__ = tuple(_type_check(c, "TypeVar(name, constraint, ...): constraints must be types.") for c in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
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


class _ParamSpecComponent(_Final):
    # P.args and P.kwargs: equal when they come from equal ParamSpecs, never hashable.
    _attr = ""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + "." + self._attr

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.__origin__ == other.__origin__
        return NotImplemented

    __hash__ = None


class ParamSpecArgs(_ParamSpecComponent):
    """What P.args stands for, P being a ParamSpec."""
    _attr = "args"


class ParamSpecKwargs(_ParamSpecComponent):
    """What P.kwargs stands for, P being a ParamSpec."""
    _attr = "kwargs"


class ParamSpec(_Final):
    """A parameter specification variable: Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    __repr__ = TypeVar.__repr__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple(_Final):
    """A variadic type variable, used unpacked: Generic[*Ts], tuple[int, *Ts]."""

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


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
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not (isinstance(p, (TypeVar, ParamSpec)) or isinstance(p, _UnpackGenericAlias)
                        and isinstance(p.__args__[0], TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        if len(expected) == 1 and isinstance(expected[0], ParamSpec) and not (
                len(params) == 1 and _is_param_expr(params[0])):
            params = (params,)
        params = tuple(tuple(p) if isinstance(p, list) else p for p in params)
        if any(isinstance(p, TypeVarTuple) for p in expected):
            if len(params) < len(expected) - 1:
                raise TypeError(f"Too few arguments for {cls}; actual {len(params)}, "
                                f"expected at least {len(expected) - 1}")
        elif len(params) != len(expected):
            many = "many" if len(params) > len(expected) else "few"
            raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, "
                            f"expected {len(expected)}")
        return _cached_alias(_GenericAlias, cls, params, None, True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__")
        if orig is not None:
            error = Generic in orig
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if orig is not None:
            for base in orig:
                if isinstance(base, TypeVar):
                    if base not in tvars:
                        tvars.append(base)
                    continue
                for p in getattr(base, "__parameters__", ()):
                    if p not in tvars:
                        tvars.append(p)
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ", ".join(str(t) for t in missing)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in "
                                    f"Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


# Nonzero while the ABC machinery checks nominal subclasses for a protocol: protocols met
# on the way answer nominally instead of refusing (CPython lets abc's own checks through).
_nominal_checks = [0]


def _nominal_subclasscheck(cls, other):
    _nominal_checks[0] += 1
    try:
        return _ABCMeta.__subclasscheck__(cls, other)
    finally:
        _nominal_checks[0] -= 1


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) is True and not _nominal_checks[0]:
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            # A method set to None on the instance's side blocks it.
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None))
                                                or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
            return _nominal_subclasscheck(cls, type(instance))
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False) is True:
            if _nominal_checks[0]:
                return _nominal_subclasscheck(cls, other)
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            attrs = _protocol_attrs(cls)
            if not all(callable(getattr(cls, attr, None)) for attr in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if all(_has_member(other, attr) for attr in attrs):
                return True
            return _nominal_subclasscheck(cls, other)
        return super().__subclasscheck__(other)


def _has_member(other, attr):
    for base in other.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr] is not None
        ann = base.__dict__.get("__annotations__", {})
        if attr in ann and getattr(other, "_is_protocol", False):
            return True
    return False


_SPECIAL_NAMES = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
                  "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
                  "__class_getitem__", "__parameters__", "__qualname__", "__init_subclass__",
                  "_is_protocol", "_is_runtime_protocol", "_abc_impl",
                  "__orig_bases__", "__protocol_attrs__"}


def _protocol_attrs(cls):
    # Worked out once per protocol (as CPython 3.12 does at class creation): isinstance()
    # against a protocol asks for them every time.
    attrs = _protocol_attrs_cache.get(cls)
    if attrs is None:
        attrs = _protocol_attrs_cache[cls] = _find_protocol_attrs(cls)
    return attrs


_protocol_attrs_cache = {}


def _find_protocol_attrs(cls):
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
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or base.__module__ in _PROTO_ALLOWLIST
                        and base.__name__ in _PROTO_ALLOWLIST[base.__module__]
                        or issubclass(base, Generic) and base._is_protocol):
                    raise TypeError(f"Protocols can only inherit from other protocols, "
                                    f"got {base!r}")
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init


_PROTO_ALLOWLIST = {
    "collections.abc": ["Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
                        "Hashable", "Sized", "Container", "Collection", "Reversible", "Buffer"],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


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
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    types = {n: _type_check(t, msg) for n, t in types}
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
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        module = ns.get("__module__", "__main__")
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, msg, module=module)
               for k, v in ns.get("__annotations__", {}).items()}
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required |= set(base.__dict__.get("__required_keys__", ()))
            optional |= set(base.__dict__.get("__optional_keys__", ()))
        for k, v in own.items():
            origin = getattr(v, "__origin__", None)
            if origin is Required:
                required.add(k)
                optional.discard(k)
            elif origin is NotRequired:
                optional.add(k)
                required.discard(k)
            elif total:
                required.add(k)
                optional.discard(k)
            else:
                optional.add(k)
                required.discard(k)
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
_actx_abc = _ABCMeta("AbstractAsyncContextManager", (), {"__module__": "contextlib"})
_abc_ByteString = _abc("ByteString")
_abc_ByteString.register(bytes)
_abc_ByteString.register(bytearray)

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
AsyncContextManager = _SpecialGenericAlias(_actx_abc, 1, name="AsyncContextManager")
ByteString = _SpecialGenericAlias(_abc_ByteString, 0)
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


_lazy_aliases = {}


def __getattr__(name):
    # typing.Pattern and typing.Match stand for re's classes; re is imported only when
    # they are first asked for.
    if name in ("Pattern", "Match"):
        alias = _lazy_aliases.get(name)
        if alias is None:
            import re
            alias = _lazy_aliases[name] = _SpecialGenericAlias(getattr(re, name), 1, name=name)
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


# --- protocols for one special method --------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co: ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: ...


# --- IO ----------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def fileno(self) -> int:
        pass

    @_abstractmethod
    def flush(self) -> None:
        pass

    @_abstractmethod
    def isatty(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readable(self) -> bool:
        pass

    @_abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readlines(self, hint: int = -1) -> "List[AnyStr]":
        pass

    @_abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstractmethod
    def seekable(self) -> bool:
        pass

    @_abstractmethod
    def tell(self) -> int:
        pass

    @_abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abstractmethod
    def writable(self) -> bool:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abstractmethod
    def writelines(self, lines: "List[AnyStr]") -> None:
        pass

    @_abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s) -> int:
        pass

    @_abstractmethod
    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @_abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abstractmethod
    def errors(self):
        pass

    @property
    @_abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstractmethod
    def newlines(self):
        pass

    @_abstractmethod
    def __enter__(self) -> "TextIO":
        pass


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


_overload_registry = {}


def overload(func):
    f = getattr(func, "__func__", func)
    try:
        line = f.__code__.co_firstlineno
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[line] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads registered with @overload for func, in the order they were defined."""
    f = getattr(func, "__func__", func)
    by_name = _overload_registry.get(f.__module__, {}).get(f.__qualname__)
    if not by_name:
        return []
    return list(by_name.values())


def clear_overloads():
    """Forgets every overload registered with @overload."""
    _overload_registry.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = settings
        return target
    return mark


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


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


def no_type_check_decorator(decorator):
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


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

    def __mro_entries__(self, bases):
        supername = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {supername})`")
        return (Dummy,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        if isinstance(tp.__origin__, type):
            return _checked_origin(tp)
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _SpecialGenericAlias):
        return _checked_origin(tp)
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
        if len(args) == 2 and _is_param_expr(args[0]):
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


def _strip_extras(t):
    """Annotated[T, ...], Required[T] and NotRequired[T] reduced to T, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_extras(t.__origin__)
    if isinstance(t, _GenericAlias):
        if t.__origin__ is Required or t.__origin__ is NotRequired:
            return _strip_extras(t.__args__[0])
        args = tuple(_strip_extras(a) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = _type_hints(obj, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_extras(v) for k, v in hints.items()}


def _type_hints(obj, globalns, localns):
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
    if type(obj) is type(_sys):
        ann = obj.__dict__.get("__annotations__", {})
        g = globalns if globalns is not None else obj.__dict__
        l = localns if localns is not None else g
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


__all__ = sorted([_n for _n in list(globals()) if not _n.startswith("_")
                  and _n not in ("T", "KT", "VT", "T_co")] + ["Match", "Pattern"])
