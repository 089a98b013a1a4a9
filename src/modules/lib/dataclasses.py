"""dataclasses for pyseal: generate __init__, __repr__, __eq__ and friends from annotations."""

import copy as _copy
import types as _types

_EMPTY_METADATA = _types.MappingProxyType({})

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and the kind of field are filled in when the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in _FIELD_SHOWN)
        return f'Field({shown},_field_type={self._field_type})'


# What Field's repr lists before _field_type, in order.
_FIELD_SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                'metadata', 'kw_only')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        kind = self.type
        shown = kind.__name__ if isinstance(kind, type) else repr(kind)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    name = getattr(annotation, '__name__', None) or getattr(annotation, '_name', None)
    return name == 'ClassVar'


def _get_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = '_FIELD_CLASSVAR'
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif _is_initvar(annotation):
        f._field_type = '_FIELD_INITVAR'
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f._field_type = '_FIELD'
    if f._field_type != '_FIELD':
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
        return f
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    # list, dict and set are named too: their __hash__ is not None on every interpreter.
    if f.default is not MISSING and (type(f.default).__hash__ is None
                                     or type(f.default) in (list, dict, set, bytearray)):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not '
                         'allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, fn):
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _annotation_text(annotation):
    """An annotation as inspect.signature shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not hasattr(annotation, '__origin__'):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(init):
    """'(x: int, y: str = 'a', *, k: dict = None)': the parameters of a generated __init__."""
    code = init.__code__
    names = code.co_varnames[1:code.co_argcount + code.co_kwonlyargcount]
    positional = code.co_argcount - 1
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    annotations = init.__annotations__
    parts = []
    for i, name in enumerate(names):
        if i == positional:
            parts.append('*')
        text = name
        if name in annotations:
            text += ': ' + _annotation_text(annotations[name])
        if i < positional:
            j = i - (positional - len(defaults))
            has_default, default = (j >= 0), (defaults[j] if j >= 0 else None)
        else:
            has_default, default = name in kwdefaults, kwdefaults.get(name)
        if has_default:
            text += (' = ' if name in annotations else '=') + repr(default)
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _make_init(cls, std_fields, kw_fields, all_init_fields, frozen, has_post_init,
               initvar_names=()):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    globs = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object}

    def param(f):
        # Annotated as the field is, so that inspect.signature shows the types.
        globs[f'_type_{f.name}'] = f.type
        if f.default_factory is not MISSING:
            return f'{f.name}: _type_{f.name} = _HAS_DEFAULT_FACTORY'
        if f.default is not MISSING:
            globs[f'_dflt_{f.name}'] = f.default
            return f'{f.name}: _type_{f.name} = _dflt_{f.name}'
        return f'{f.name}: _type_{f.name}'

    params = ['self'] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)

    body = []
    for f in all_init_fields:
        if f._field_type == '_FIELD_INITVAR':
            continue
        if f.default_factory is not MISSING:
            globs[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                value = (f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                         f'else {f.name}')
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        body.append(f'self.{_POST_INIT_NAME}({", ".join(initvar_names)})')
    if not body:
        body = ['pass']
    source = f'def __init__({", ".join(params)}) -> None:\n' + ''.join(f'    {line}\n' for line in body)
    ns = {}
    exec(source, globs, ns)
    return _set_qualname(cls, ns['__init__'])


def _create_fn(cls, name, params, body, globs=None):
    """A method compiled from source text, as CPython's dataclasses builds them: the field
    accesses are plain attribute loads, with no per-call loop over the fields. It is made
    inside a `__create_fn__` function and belongs to the class's module, as in CPython."""
    globs = dict(globs or ())
    globs['__name__'] = getattr(cls, '__module__', None)
    source = (f'def __create_fn__():\n    def {name}({params}):\n'
              + ''.join(f'        {line}\n' for line in body) + f'    return {name}\n')
    ns = {}
    exec(source, globs, ns)
    return _set_qualname(cls, ns['__create_fn__']())


def _tuple_text(obj, flds):
    """'(self.a,self.b,)': the fields of obj as a tuple display."""
    return '(' + ''.join(f'{obj}.{f.name},' for f in flds) + ')'


def _recursive_repr(fn):
    """fn guarded against recursion (a repr that reaches its own object shows '...'), with
    fn as __wrapped__, as CPython's dataclasses wraps the __repr__ it generates."""
    running = set()

    def wrapper(self):
        key = (id(self), _get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(wrapper, attr, getattr(fn, attr))
    wrapper.__wrapped__ = fn
    return wrapper


def _make_repr(cls, flds):
    inner = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds if f.repr)
    fn = _create_fn(cls, '__repr__', 'self',
                    [f'return self.__class__.__qualname__ + f"({inner})"'])
    # The qualified name pprint looks for: the function as __create_fn__ made it.
    fn.__qualname__ = '__create_fn__.<locals>.__repr__'
    return _set_qualname(cls, _recursive_repr(fn))


def _get_ident():
    return 0


def _compare_fn(cls, name, op, flds):
    return _create_fn(cls, name, 'self, other', [
        'if other.__class__ is self.__class__:',
        f'    return {_tuple_text("self", flds)}{op}{_tuple_text("other", flds)}',
        'return NotImplemented',
    ])


def _make_eq(cls, flds):
    return _compare_fn(cls, '__eq__', '==', [f for f in flds if f.compare])


def _make_order(cls, flds):
    cmp = [f for f in flds if f.compare]
    return [(name, _compare_fn(cls, name, op, cmp))
            for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))]


def _make_hash(cls, flds):
    hflds = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    return _create_fn(cls, '__hash__', 'self', [f'return hash({_tuple_text("self", hflds)})'])


def _make_frozen(cls, flds):
    names = tuple(f.name for f in flds)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return _set_qualname(cls, __setattr__), _set_qualname(cls, __delattr__)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in cls_annotations.items():
        if annotation is KW_ONLY or annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY':
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))

    for f in cls_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = [f for f in all_fields.values() if f._field_type == '_FIELD']

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        init_list = [f for f in all_fields.values()
                     if f._field_type in ('_FIELD', '_FIELD_INITVAR')]
        init_fields = [f for f in init_list if f.init]
        std = [f for f in init_fields if not f.kw_only]
        kw = [f for f in init_fields if f.kw_only]
        initvars = [f.name for f in init_list if f._field_type == '_FIELD_INITVAR']
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, std, kw, init_list, frozen, has_post_init,
                                      initvars))

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, field_list))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, field_list))

    if order:
        for name, fn in _make_order(cls, field_list):
            _set_qualname(cls, fn)
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, field_list)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, field_list)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, field_list)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls.__init__)
        except (AttributeError, TypeError, ValueError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in field_list if f.init and not f.kw_only))
    return cls


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if slots:
            cls = _add_slots(cls, weakref_slot)
            # Frozen instances cannot be restored through setattr (copy, pickle).
            if frozen and '__getstate__' not in cls.__dict__:
                cls.__getstate__ = _dataclass_getstate
                cls.__setstate__ = _dataclass_setstate
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _add_slots(cls, weakref_slot):
    """A copy of cls whose instances keep their fields in __slots__ instead of a __dict__."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == '_FIELD')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    import keyword
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) in (2, 3):
            name, tp, *spec = item
            if spec:
                ns[name] = spec[0]
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
    ns['__annotations__'] = annotations
    # CPython makes the class with types.new_class, whose frame is in module types.
    ns.setdefault('__module__', 'types')
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)


Field.__class_getitem__ = classmethod(_types.GenericAlias)
