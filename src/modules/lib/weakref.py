"""weakref for pyseal: references that do not keep their object alive.

ref(obj) is dead (calling it gives None) once obj is gone; a callback given to ref() runs when
that happens — here at the next point where finalizers run (a print, an output, the end of the
program), as __del__ methods do. Instances of Python classes, functions, classes, sets and
generators can be weakly referenced.
"""

import _weakref
import sys as _sys
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# Watched references (those with a callback), by id, until their object goes.
_watched = {}


def _fire(ids):
    for ident in ids:
        r = _watched.pop(ident, None)
        if r is None:
            continue
        callback = r._callback
        r._callback = None
        if callback is None:
            continue
        try:
            callback(r)
        except Exception as exc:
            import traceback
            _sys.stderr.write(f'Exception ignored in: {callback!r}\n')
            traceback.print_exception(type(exc), exc, exc.__traceback__)


class ReferenceType:
    """A weak reference: calling it gives the object, or None once the object is gone."""

    __slots__ = ('_id', '_callback', '_hash', '__weakref__')

    def __new__(cls, obj, callback=None, /):
        self = object.__new__(cls)
        object.__setattr__(self, '_id', _weakref.new(obj))
        object.__setattr__(self, '_callback', callback)
        object.__setattr__(self, '_hash', None)
        if callback is not None:
            _weakref.watch(self._id)
            _watched[self._id] = self
        return self

    def __init__(self, obj, callback=None, /):
        pass

    def __call__(self):
        return _weakref.get(self._id)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError('weak object has gone away')
            object.__setattr__(self, '_hash', hash(obj))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __repr__(self):
        obj = self()
        if obj is None:
            return f'<weakref at {id(self):#x}; dead>'
        name = getattr(obj, '__name__', None)
        named = f' ({name})' if isinstance(name, str) else ''
        return (f"<weakref at {id(self):#x}; to '{type(obj).__qualname__}' at "
                f'{id(obj):#x}{named}>')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class KeyedRef(ReferenceType):
    """A ref that also carries a key (for WeakValueDictionary)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        object.__setattr__(self, 'key', key)
        return self

    def __init__(self, ob, callback, key):
        pass


def getweakrefcount(obj, /):
    return _weakref.count(obj)


def getweakrefs(obj, /):
    return [r for r in list(_watched.values()) if r() is obj]


class ProxyType:
    """Stands for an object without keeping it alive: attribute access goes to the object."""

    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, (lambda r, cb=callback, p=self: cb(p))
                                           if callback is not None else None))

    def _target(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        return f'<weakproxy at {id(self):#x} to {type(obj).__name__} at {id(obj):#x}>'

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__name__}'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: dead when its object or function is gone."""

    __slots__ = ('_func_ref', '_meth_type', '_alive')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ReferenceType.__new__(cls, obj, callback)
        object.__setattr__(self, '_func_ref', ref(func))
        object.__setattr__(self, '_meth_type', type(meth))
        return self

    def __call__(self):
        obj, func = super().__call__(), self._func_ref()
        if obj is not None and func is not None:
            # Bind the function to the object again, as the original method was.
            return self._meth_type(func, obj)
        return None

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return ReferenceType.__hash__(self)


def _ref_or_none(obj):
    """ref(obj), or None for an object that cannot be weakly referenced."""
    try:
        return ref(obj)
    except TypeError:
        return None


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are weakly referenced: an entry goes when its value does."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        for key, r in list(self.data.items()):
            if r() is None:
                del self.data[key]

    def _lookup(self, key):
        """The live value for key, or None."""
        r = self.data.get(key)
        return None if r is None else r()

    def __getitem__(self, key):
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        self._live()
        return len(self.data)

    def __contains__(self, key):
        return self._lookup(key) is not None

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, r in self.data.items():
            o = r()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        value = self._lookup(key)
        return default if value is None else value

    def items(self):
        for k, r in list(self.data.items()):
            v = r()
            if v is not None:
                yield k, v

    def keys(self):
        for k, r in list(self.data.items()):
            if r() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from [r for r in self.data.values() if r() is not None]

    def valuerefs(self):
        return list(self.itervaluerefs())

    def values(self):
        for r in list(self.data.values()):
            obj = r()
            if obj is not None:
                yield obj

    def popitem(self):
        # Entries whose value has died are dropped on the way; an empty dict raises KeyError.
        for key, r in iter(self.data.popitem, None):
            value = r()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._lookup(key)
        if value is not None:
            return value
        self.data[key] = KeyedRef(default, None, key)
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = KeyedRef(o, None, key)
        for key, o in kwargs.items():
            self.data[key] = KeyedRef(o, None, key)

    def __or__(self, other):
        if isinstance(other, _MutableMapping) or hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are weakly referenced: an entry goes when its key does."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        for r in list(self.data):
            if r() is None:
                del self.data[r]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._live()
        return len(self.data)

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        twin = WeakKeyDictionary()
        for obj, value in self.items():
            twin[obj] = value
        return twin

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        probe = _ref_or_none(key)
        return probe is not None and probe in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return [r for r in self.data if r() is not None]

    def popitem(self):
        for wr, value in iter(self.data.popitem, None):
            obj = wr()
            if obj is not None:
                return obj, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key)] = value
        if kwargs:
            self.update(kwargs)


class WeakSet(_MutableSet):
    """A set whose items are weakly referenced: an item goes when its object does."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        probe = _ref_or_none(item)
        return probe is not None and probe in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)


class finalize:
    """Calls func(*args, **kwargs) when obj is gone (or at exit, while atexit is true).

    The state of each finalizer lives in the class-wide registry, so that a finalizer that
    has run (or was detached) is simply absent from it."""

    __slots__ = ()
    _registry = {}
    _serial = iter(range(1 << 62))

    class _Record:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        _run_finalizers_at_exit()
        record = self._Record()
        record.weakref, record.func = ref(obj, self), func
        record.args, record.kwargs = args, kwargs or None
        record.atexit, record.index = True, next(self._serial)
        self._registry[self] = record

    def __call__(self, _=None):
        record = self._registry.pop(self, None)
        if record is not None and not _finalize_shutdown:
            return record.func(*record.args, **(record.kwargs or {}))

    def _target(self):
        """(record, obj): obj is None once the finalizer has run or its object is gone."""
        record = self._registry.get(self)
        return record, (None if record is None else record.weakref())

    def detach(self):
        record, obj = self._target()
        if obj is not None and self._registry.pop(self, None):
            return (obj, record.func, record.args, record.kwargs or {})

    def peek(self):
        record, obj = self._target()
        if obj is not None:
            return (obj, record.func, record.args, record.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        record = self._registry.get(self)
        return record is not None and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = self._registry.get(self)
        if record is not None:
            record.atexit = bool(value)

    def __repr__(self):
        _, obj = self._target()
        this = f'{type(self).__name__} object at {id(self):#x}'
        if obj is None:
            return f'<{this}; dead>'
        return f'<{this}; for {type(obj).__name__!r} at {id(obj):#x}>'

    @classmethod
    def _exitfunc(cls):
        # Newest first; a finalizer may run or detach others, so the list is re-filtered.
        global _finalize_shutdown
        try:
            chosen = [(r.index, f) for f, r in cls._registry.items() if r.atexit]
            pending = [f for _, f in sorted(chosen, key=lambda pair: pair[0])]
            while pending:
                pending.pop()()
                pending = [f for f in pending if f.alive]
        finally:
            _finalize_shutdown = True


_finalize_hooked = False
_finalize_shutdown = False


def _run_finalizers_at_exit():
    global _finalize_hooked
    if not _finalize_hooked:
        import atexit
        atexit.register(finalize._exitfunc)
        _finalize_hooked = True
