"""collections for pyseal: namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap.

Written for the interpreter's fast paths: the dict subclasses lean on dict's own methods, and
deque keeps its items in two plain lists so that each end is a list append or pop.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from _collections import (_count_elements, _tuplegetter, _dict_version,
                          _odict_move_to_end)

_tuple_new = tuple.__new__


# ---------------------------------------------------------------------------------------------
# namedtuple

def _field_set(self, value):
    # CPython's field descriptors (_tuplegetter) word it so.
    raise AttributeError("can't set attribute")


def _field_del(self):
    raise AttributeError("can't delete attribute")


def _renamed(fields):
    """The field names, each unusable or repeated one replaced by '_<position>'."""
    used = set()
    out = []
    for pos, name in enumerate(fields):
        unusable = (name in used or name.startswith('_') or _iskeyword(name)
                    or not name.isidentifier())
        used.add(name)
        out.append(f'_{pos}' if unusable else name)
    return out


def _check_name(name):
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if _iskeyword(name):
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


# The code of each distinct __new__ source, compiled once.
_new_code = {}


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename, whose items are also attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, "intern") else str(typename)

    fields = _renamed(field_names) if rename else field_names
    _check_name(typename)
    for name in fields:
        _check_name(name)
    unique = set()
    for name in fields:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in unique:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        unique.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        surplus = len(fields) - len(defaults)
        if surplus < 0:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[surplus:], defaults))
    field_names = tuple(fields)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','

    # __new__ is made from source so that it takes the fields as named parameters.
    params = []
    first_default = num_fields - len(field_defaults)
    for index, name in enumerate(field_names):
        params.append(name if index < first_default else f'{name}=_default_{index}')
    namespace = {'_tuple_new': _tuple_new}
    for index in range(first_default, num_fields):
        namespace[f'_default_{index}'] = field_defaults[field_names[index]]
    source = (f'def __new__(_cls, {", ".join(params)}):\n'
              f'    return _tuple_new(_cls, ({arg_list}))\n')
    code = _new_code.get(source)
    if code is None:
        code = _new_code[source] = compile(source, '<string>', 'exec')
    exec(code, namespace)
    __new__ = namespace['__new__']
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    # Key order as in CPython's classes (vars() shows it).
    class_namespace = dict(
        __doc__=f'{typename}({arg_list})', __slots__=(), _fields=field_names,
        _field_defaults=field_defaults, __new__=__new__, _make=_make, _replace=_replace,
        __repr__=__repr__, _asdict=_asdict, __getnewargs__=__getnewargs__,
        __match_args__=field_names)
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_tuplegetter(index), _field_set, _field_del,
                                         doc=f'Alias for field number {index}')

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        class_namespace['__module__'] = module
    return type(typename, (tuple,), class_namespace)


# ---------------------------------------------------------------------------------------------
# deque

# The class and its methods are native (src/modules/deque.rs); it names 'collections' as its
# module, as CPython's does.
from _deque import deque


# ---------------------------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that fills in missing keys."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __reversed__(self):
        # reversed() on a dict subclass needs this in pyseal (it falls back to indexing).
        return reversed(dict.keys(self))

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------------------------
# OrderedDict

_od_repr_running = set()


def _repr_once(build):
    # A repr that meets its own object again (a self-containing container) shows '...'.
    def __repr__(self):
        key = id(self)
        if key in _od_repr_running:
            return '...'
        _od_repr_running.add(key)
        try:
            return build(self)
        finally:
            _od_repr_running.discard(key)
    __repr__.__qualname__ = build.__qualname__
    __repr__.__doc__ = build.__doc__
    return __repr__


class _OdictView:
    """A live view of an OrderedDict: the native dict view's behaviour under CPython's names."""

    __slots__ = ('_mapping',)
    _native = dict.keys

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return odict_iterator(self._mapping, iter(type(self)._native(self._mapping)))

    def __reversed__(self):
        return odict_iterator(self._mapping, reversed(type(self)._native(self._mapping)))

    def __contains__(self, item):
        return item in type(self)._native(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

    @property
    def mapping(self):
        return type(self)._native(self._mapping).mapping


class odict_iterator:
    """Iterates an OrderedDict (or one of its views), failing as CPython's does when the
    dict's keys are added, removed or moved meanwhile."""

    __slots__ = ('_od', '_it', '_size', '_version')

    def __init__(self, od, it):
        self._od = od
        self._it = it
        self._size = len(od)
        self._version = _dict_version(od)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if _dict_version(od) != self._version:
            self._od = None
            raise RuntimeError('OrderedDict mutated during iteration')
        if len(od) != self._size:
            raise RuntimeError('OrderedDict changed size during iteration')
        for item in self._it:
            return item
        self._od = None
        raise StopIteration


def _odict_view_op(reflected, op):
    def method(self, other):
        if isinstance(other, _OdictView):
            other = type(other)._native(other._mapping)
        native = type(self)._native(self._mapping)
        return op(other, native) if reflected else op(native, other)
    return method


class odict_keys(_OdictView):
    __slots__ = ()
    _native = dict.keys

    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(other)


class odict_items(_OdictView):
    __slots__ = ()
    _native = dict.items

    def isdisjoint(self, other):
        return dict.items(self._mapping).isdisjoint(other)


import operator as _operator
for _name, _reflected, _op in (
        ('__eq__', False, _operator.eq), ('__ne__', False, _operator.ne),
        ('__lt__', False, _operator.lt), ('__le__', False, _operator.le),
        ('__gt__', False, _operator.gt), ('__ge__', False, _operator.ge),
        ('__and__', False, _operator.and_), ('__rand__', True, _operator.and_),
        ('__or__', False, _operator.or_), ('__ror__', True, _operator.or_),
        ('__sub__', False, _operator.sub), ('__rsub__', True, _operator.sub),
        ('__xor__', False, _operator.xor), ('__rxor__', True, _operator.xor)):
    setattr(odict_keys, _name, _odict_view_op(_reflected, _op))
    setattr(odict_items, _name, _odict_view_op(_reflected, _op))
del _reflected, _op
odict_keys.__hash__ = None
odict_items.__hash__ = None


class odict_values(_OdictView):
    __slots__ = ()
    _native = dict.values


for _cls in (odict_keys, odict_items, odict_values, odict_iterator):
    _cls.__module__ = 'builtins'
del _cls, _name


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder it (dicts keep order already)."""

    def __iter__(self):
        return odict_iterator(self, dict.__iter__(self))

    def __reversed__(self):
        return odict_iterator(self, reversed(dict.keys(self)))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        _odict_move_to_end(self, key, last)

    @_repr_once
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return (self.__class__, (), None, None, iter(self.items()))

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.__class__(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = self.__class__(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------------------------
# Counter

def _is_mapping(obj):
    if type(obj) in _plain_sequences:
        return False
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__')
                                     and hasattr(obj, 'items'))


# Iterables that are never mappings, settled without attribute lookups.
_plain_sequences = frozenset({str, list, tuple, range})


class Counter(dict):
    """Counter([iterable-or-mapping], **kwds): a dict that counts hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __reversed__(self):
        # reversed() on a dict subclass needs this in pyseal (it falls back to indexing).
        return reversed(dict.keys(self))

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Comparisons treat missing elements as zero counts.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            # CPython returns NotImplemented and lets dict compare; do that comparison here.
            return dict.__eq__(self, other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return dict.__ne__(self, other)
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary arithmetic: a new Counter of the positive results, self's keys first, then the
    # keys only `other` has (as if self counted them 0).

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, n in self.items():
            total = n + other[key]
            if total > 0:
                out[key] = total
        return _add_unseen(out, self, other, False)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, n in self.items():
            rest = n - other[key]
            if rest > 0:
                out[key] = rest
        return _add_unseen(out, self, other, True)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, n in self.items():
            theirs = other[key]
            if n < theirs:
                n = theirs
            if n > 0:
                out[key] = n
        return _add_unseen(out, self, other, False)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key, n in self.items():
            theirs = other[key]
            if not n < theirs:
                n = theirs
            if n > 0:
                out[key] = n
        return out

    def __pos__(self):
        out = Counter()
        for key, n in self.items():
            if n > 0:
                out[key] = n
        return out

    def __neg__(self):
        out = Counter()
        for key, n in self.items():
            if n < 0:
                out[key] = 0 - n
        return out

    # In-place arithmetic updates self, then drops every count that is not positive.

    def _keep_positive(self):
        for key in [key for key, n in self.items() if not n > 0]:
            dict.__delitem__(self, key)
        return self

    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return self._keep_positive()

    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for key, theirs in other.items():
            if theirs > self[key]:
                self[key] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for key, ours in self.items():
            theirs = other[key]
            if theirs < ours:
                self[key] = theirs
        return self._keep_positive()


def _add_unseen(out, ours, theirs, negate):
    """Adds to `out` the keys only `theirs` has whose count (negated if asked) is positive."""
    for key, n in theirs.items():
        if key not in ours:
            if negate:
                n = 0 - n
            if n > 0:
                out[key] = n
    return out


# ---------------------------------------------------------------------------------------------
# ChainMap

class ChainMap:
    """ChainMap(*maps): several mappings seen as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __class_getitem__(cls, item):
        from _typeforms import GenericAlias
        return GenericAlias(cls, item)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return d

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._merged().keys()

    def items(self):
        return [(key, self[key]) for key in self._merged()]

    def values(self):
        return [self[key] for key in self._merged()]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    @_repr_once
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        child = kwargs if m is None else m
        if kwargs and child is not kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    # Writes and deletions only ever touch maps[0].

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


for _cls, _name in ((defaultdict, "collections.defaultdict"),
                    (OrderedDict, "collections.OrderedDict")):
    _cls.__tp_name__ = _name  # how CPython's messages name these C types
del _cls, _name


# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString: defined in _collections_user (they need collections.abc,
# which plain `import collections` should not load) and handed out on first use. The cache is
# a dict, not module globals: the module's bindings are read-only once it is imported.

_user_classes = {}


def __getattr__(name):
    # CPython's start-up (site) has imported collections.abc, so `collections.abc` is there
    # without importing it: loaded here on first use.
    if name == "abc":
        import collections.abc
        return _sys.modules["collections.abc"]
    if name in ("UserDict", "UserList", "UserString"):
        if not _user_classes:
            import _collections_user
            for n in ("UserDict", "UserList", "UserString"):
                _user_classes[n] = getattr(_collections_user, n)
        return _user_classes[name]
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
