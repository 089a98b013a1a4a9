"""copyreg for pyseal: how objects reduce for pickle and copy, and the registry of reducers.

object.__reduce_ex__, object.__reduce__ and object.__getstate__ are implemented here
(_object_reduce_ex, _object_reduce, _object_getstate).
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    # Unpickling (protocols 0 and 1): an instance of cls made as its built-in base makes one.
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: _reconstructor with the nearest built-in base."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if base.__module__ != 'builtins' or base is object:
            continue
        break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f'cannot pickle {cls.__name__!r} object')
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if getstate is not None and type(self).__getstate__ is not object.__getstate__:
        dict_state = getstate()
    else:
        dict_state = _object_getstate(self)
        if isinstance(dict_state, tuple):
            raise TypeError('a class that defines __slots__ without defining __getstate__ '
                            'cannot be pickled')
    if dict_state:
        return _reconstructor, args, dict_state
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ when there are keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The slot names of cls and its bases (mangled as attributes are), cached on cls."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for c in cls.__mro__:
            if '__slots__' in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ('__dict__', '__weakref__'):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append(f'_{stripped}{name}')
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    return names


# Built-in types whose objects have no state pickle could rebuild them from.
_UNPICKLABLE = frozenset(['generator', 'coroutine', 'async_generator', 'module', 'frame',
                          'traceback', 'code', 'cell', 'TextIOWrapper', 'BufferedReader',
                          'BufferedWriter', 'FileIO', 'list_iterator', 'tuple_iterator',
                          'dict_keyiterator', 'range_iterator', 'str_iterator', 'property',
                          'classmethod', 'staticmethod', 'super', 'mappingproxy'])


def _object_getstate(obj):
    """object.__getstate__: the instance dict (None when empty), with the slot values as
    the second item of a pair when the class has slots."""
    cls = type(obj)
    if cls.__name__ in _UNPICKLABLE and cls.__module__ in ('builtins', '_io'):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce_bounds(obj):
    return type(obj), (obj.start, obj.stop, obj.step)


# Built-in types whose own __reduce__ pyseal provides here: rebuilt from their arguments.
_BUILTIN_REDUCERS = {range: _reduce_bounds, slice: _reduce_bounds}


def _object_reduce(obj):
    builtin = _BUILTIN_REDUCERS.get(type(obj))
    if builtin is not None:
        return builtin(obj)
    return _reduce_ex(obj, 0)


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__: the class's own __reduce__ if it has one, else the default
    reduction for the protocol."""
    cls = type(obj)
    builtin = _BUILTIN_REDUCERS.get(cls)
    if builtin is not None:
        return builtin(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    for base in _REBUILT_BY_CALL:
        if isinstance(obj, base):
            # set/frozenset.__reduce__, bytearray.__reduce_ex__: the class called on the
            # value, then the instance's state.
            value = list(obj) if base is not bytearray else bytes(obj)
            return (cls, (value,), _object_getstate(obj))
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    return _reduce_newobj(obj, protocol)


def _reduce_newobj(obj, protocol):
    cls = type(obj)
    if cls.__name__ in _UNPICKLABLE and cls.__module__ in ('builtins', '_io'):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not '
                            f"'{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not '
                             f'{len(result)}')
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be a '
                            f"tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be '
                            f"a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f'__getnewargs__ should return a tuple, not '
                                f"'{type(args).__name__}'")
        else:
            args = _value_newargs(obj)
    getstate = getattr(obj, '__getstate__', None)
    state = getstate() if getstate is not None else _object_getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if protocol < 4:
            return (_reconstruct_with_kwargs, (cls, args, kwargs), state, listitems, dictitems)
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


# Built-in bases whose instances are rebuilt by calling the class on their value.
_REBUILT_BY_CALL = (set, frozenset, bytearray)
# Built-in immutable bases whose __getnewargs__ passes the value to __new__.
_NEWARGS_BASES = (str, bytes, tuple)


def _value_newargs(obj):
    """The __getnewargs__ of str, bytes, tuple and complex for an instance of a subclass:
    the value as a plain object of the base; nothing for other objects."""
    if isinstance(obj, complex):
        return (complex(obj.real, obj.imag),)
    for base in _NEWARGS_BASES:
        if isinstance(obj, base):
            # The raw value, whatever __str__ or __iter__ the subclass defines.
            return (base.__getitem__(obj, slice(None)),)
    return ()


def _reconstruct_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Extension codes (registered with add_extension) for pickling classes compactly.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError(f'key {key} is already registered with code '
                         f'{_extension_registry[key]}')
    if code in _inverted_registry:
        raise ValueError(f'code {code} is already in use for key {_inverted_registry[code]}')
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError(f'key {key} is not registered with code {code}')
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
