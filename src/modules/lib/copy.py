"""copy for pyseal: shallow and deep copies.

Order of preference for an object of class C: built-in containers and atomic values are handled
directly; then C.__copy__ / C.__deepcopy__; then C.__reduce_ex__ / C.__reduce__ when the class
defines one; otherwise a new C.__new__(C) instance gets a copy of __dict__ and of every slot.
"""

import sys as _sys
from copyreg import dispatch_table as _dispatch_table
from copyreg import _REBUILT_BY_CALL, _value_newargs


class Error(Exception):
    pass


error = Error

_nil = object()


def _function():
    pass


# Descriptors of the built-in types (str.upper, int.__add__) are looked up, not copied.
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
           bytes, range, property, type(len), type(_function), type(str.upper),
           type(int.__add__)}
# copy() returns these as they are; deepcopy() rebuilds them (a slice may hold mutables).
_shallow_atomic = _atomic | {slice}


class _Methods:
    def method(self):
        pass


_method_type = type(_Methods().method)
# A slot method bound to its object, such as (1).__add__.
_method_wrapper_type = type((1).__add__)


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


_object_methods = {name: getattr(object, name) for name in
                   ('__reduce_ex__', '__reduce__', '__getstate__')}


def _class_defines(cls, name):
    """The method `name` if cls (not object) provides it, else None."""
    method = getattr(cls, name, None)
    if method is None or method is _object_methods.get(name):
        return None
    return method


# Slot names per class: a class's __slots__ are fixed when it is created.
_slot_names_of = {}


def _slot_names(cls):
    names = _slot_names_of.get(cls)
    if names is not None:
        return names
    names = []
    for klass in cls.__mro__:
        slots = vars(klass).get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    _slot_names_of[cls] = names
    return names


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset or cls in _shallow_atomic or issubclass(cls, type):
        return x
    if cls is _method_type:
        # A bound method copies to one bound to the same object.
        return _method_type(x.__func__, x.__self__)
    if cls is _method_wrapper_type:
        return getattr(x.__self__, x.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_from(x, cls, None)


def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy of x; memo maps id(original) to its copy and handles shared or cyclic parts."""
    cls = type(x)
    if cls in _atomic:
        return x
    d = id(x)
    if memo is None:
        memo = {}
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cyclic tuple may have been copied while copying its items.
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif _is_atomic(cls):
        y = x
    elif cls is _method_type:
        y = _method_type(x.__func__, deepcopy(x.__self__, memo))
    elif cls is _method_wrapper_type:
        y = getattr(deepcopy(x.__self__, memo), x.__name__)
    else:
        # Looked up on the instance, as a __getattr__ may provide it; a failed instance lookup
        # costs an exception, so a class without either skips it.
        copier = None
        if (getattr(cls, '__deepcopy__', None) is not None
                or getattr(cls, '__getattr__', None) is not None
                or '__deepcopy__' in getattr(x, '__dict__', ())):
            copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_from(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep originals alive while the memo lives, so their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_from(x, cls, memo):
    # A reducer registered with copyreg.pickle comes before the class's own.
    registered = _dispatch_table.get(cls)
    if registered is not None:
        rv = registered(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    reductor = _class_defines(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _class_defines(cls, '__reduce__')
        rv = reductor(x) if reductor is not None else None
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    return _reconstruct_plain(x, cls, memo)


def _reconstruct_plain(x, cls, memo):
    deep = memo is not None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    getnewargs = getattr(cls, '__getnewargs__', None)
    rebuilt = _call_on_value(x, cls, memo)
    if rebuilt is not _nil:
        y = rebuilt
    elif getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    elif getnewargs is not None:
        args = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif (value_args := _value_newargs(x)):
        # str, bytes, tuple and complex pass their value to __new__.
        if deep:
            value_args = deepcopy(value_args, memo)
        y = cls.__new__(cls, *value_args)
    else:
        if cls is not object and cls.__module__ in ('builtins', '_io'):
            # A built-in type keeps its state where neither copy nor pickle can see it.
            if cls is memoryview:
                raise TypeError('cannot pickle memoryview objects')
            raise TypeError(f'cannot pickle {_type_name(cls)!r} object')
        y = _new_plain(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(cls):
        value = getattr(x, name, _nil)
        if value is not _nil:
            slots[name] = value
    getstate = _class_defines(cls, '__getstate__')
    if getstate is not None:
        state = getstate(x)
        slots = None
    if state is not None or slots:
        if deep:
            state = deepcopy(state, memo)
            if slots:
                slots = deepcopy(slots, memo)
        _set_state(y, state, slots)
    if isinstance(x, list) and not isinstance(y, tuple):
        items = [deepcopy(item, memo) for item in x] if deep else list(x)
        y.extend(items)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _call_on_value(x, cls, memo):
    """A copy of an instance of a set, frozenset or bytearray subclass as their __reduce__
    makes it: the class called on the value (its __init__ runs); _nil for other objects."""
    for base in _REBUILT_BY_CALL:
        if isinstance(x, base):
            if base is bytearray:
                return cls(bytes(x))
            items = list(x)
            return cls(deepcopy(items, memo) if memo is not None else items)
    return _nil


def _type_name(cls):
    if cls.__module__ == 'builtins':
        return cls.__qualname__
    return f'{cls.__module__}.{cls.__qualname__}'


def _new_plain(cls):
    # A type that cannot be instantiated cannot be reduced either: CPython reports it as
    # unpicklable, naming the type the way the refusal to instantiate it did.
    try:
        return cls.__new__(cls)
    except TypeError as e:
        msg = str(e)
        if msg.startswith("cannot create '") and msg.endswith("' instances"):
            raise TypeError(f"cannot pickle {msg[14:-10]} object") from None
        raise


def _set_state(y, state, slots):
    setstate = getattr(type(y), '__setstate__', None)
    if setstate is not None:
        setstate(y, state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    y = func(*deepcopy(args, memo)) if deep and args else func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state, None)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
