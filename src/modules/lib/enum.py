"""enum for pyseal: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = f'_{cls_name.lstrip("_")}__'
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


_auto_null = object()


class nonmember:
    """Protects a value in an Enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value in an Enum class body a member, even a function or descriptor."""

    def __init__(self, value):
        self.value = value


class property:
    """A property of members that, looked up on the enum class, finds the member of the same
    name instead (so a member may be called `name` or `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.member = None
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            found = getattr(ownerclass, '_member_map_', {}).get(self.name)
            if found is not None:
                return found
            raise AttributeError(f'{ownerclass.__name__!r} has no attribute {self.name!r}')
        if self.fget is None:
            raise AttributeError(f'{type(instance).__name__!r} member has no attribute '
                                 f'{self.name!r}')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {type(instance).__name__!r}> cannot set attribute "
                                 f"{self.name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {type(instance).__name__!r}> cannot delete attribute "
                                 f"{self.name!r}")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'

    def _evaluate(self):
        return self.value


class _AutoExpr(auto):
    """An operation on auto() values in a class body (`BOTH = READ | WRITE`), worked out once
    the namespace has given them their values (CPython gives them at assignment)."""

    def __init__(self, op, operands):
        super().__init__()
        self._op = op
        self._operands = operands

    def _evaluate(self):
        values = [o._evaluate() if isinstance(o, auto) else o for o in self._operands]
        return self._op(*values)


def _auto_operation(op, swap=False):
    if swap:
        return lambda self, other: _AutoExpr(op, (other, self))
    return lambda self, *others: _AutoExpr(op, (self,) + others)


for _name, _op in [('or', lambda a, b: a | b), ('and', lambda a, b: a & b),
                   ('xor', lambda a, b: a ^ b), ('add', lambda a, b: a + b),
                   ('sub', lambda a, b: a - b), ('mul', lambda a, b: a * b),
                   ('lshift', lambda a, b: a << b), ('rshift', lambda a, b: a >> b)]:
    setattr(auto, f'__{_name}__', _auto_operation(_op))
    setattr(auto, f'__r{_name}__', _auto_operation(_op, swap=True))
auto.__invert__ = _auto_operation(lambda a: ~a)
auto.__neg__ = _auto_operation(lambda a: -a)
del _name, _op


class _EnumDict(dict):
    """The class namespace of an enum: remembers member names in order, rejects reuse."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if isinstance(value, nonmember):
            value = value.value
            if key in self._member_names:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            super().__setitem__(key, value)
            return
        forced = isinstance(value, member)
        if forced:
            value = value.value
        if _is_private(self._cls_name or '', key):
            pass
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._ignore = value
            clash = set(value) & set(self._member_names)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
        elif key in self._ignore:
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value
            elif (key not in ('_order_', '_ignore_', '_missing_', '_numeric_repr_')
                  and not _is_descriptor(value)):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future '
                                 'Enum use')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif _is_descriptor(value) and not forced:
            if key in self:
                pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, _AutoExpr):
                value = value._evaluate()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value or _default_next_value
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _default_next_value(name, start, count, last_values, stacklevel=3):
    if not last_values:
        return start
    try:
        last = last_values[-1]
        if last == sorted(last_values)[-1]:
            return last + 1
        # The last value is not the largest: the old rule below, with a warning.
        raise TypeError
    except TypeError:
        import warnings
        warnings.warn(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
            "to be sortable and support adding +1\nand the value returned will be the "
            "largest value in the enum incremented by 1",
            DeprecationWarning, stacklevel=stacklevel)
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start
    high = 0
    for value in last_values:
        if isinstance(value, int) and value > high:
            high = value
    if high <= 0:
        return 1
    return 1 << high.bit_length()


class EnumType(type):
    """Metaclass of Enum: makes the members and gives the class its container behaviour."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        ns._cls_name = cls
        for base in bases:
            for klass in getattr(base, '__mro__', ()):
                gen = klass.__dict__.get('_generate_next_value_')
                if gen is not None:
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    ns._generate_next_value = gen
                    break
            if ns._generate_next_value is not None:
                break
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if not isinstance(classdict, _EnumDict):
            # The interpreter may build the class body in a plain dict rather than the
            # namespace __prepare__ returns: replay the body, in order, into an _EnumDict.
            replay = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                replay[key] = value
            classdict = replay
        for key in classdict._ignore:
            dict.pop(classdict, key, None)
        dict.pop(classdict, '_ignore_', None)
        order = dict.pop(classdict, '_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) '
                             + ','.join(repr(n) for n in invalid))
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        if '__reduce_ex__' not in body and member_type is not object:
            pass
        enum_class = super().__new__(metacls, cls, bases, body)

        new = classdict.get('__new__')
        if new is None:
            new = getattr(first_enum, '_new_member_', None) if first_enum is not None else None
            if new is None or new is object.__new__:
                new = object.__new__ if member_type is object else member_type.__new__
            use_args = new is not object.__new__
        else:
            if isinstance(new, staticmethod):
                new = new.__func__
            use_args = True
        enum_class._new_member_ = new

        for name in member_names:
            value = members[name]
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if not use_args:
                member = new(enum_class)
            else:
                member = new(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            # A member named like a property of its bases (`name`, `value`, ...) leaves the
            # property in place on members; on the class the name finds the member.
            found = None
            for base in enum_class.__mro__[1:]:
                d = base.__dict__.get(name)
                if isinstance(d, (_member_attr, property, _builtin_property)):
                    found = d
                    break
            if isinstance(found, _member_attr):
                redirect = property(found.fget)
            elif found is not None:
                redirect = property(found.fget, found.fset, found.fdel)
            else:
                redirect = None
            if redirect is not None:
                redirect.member = member
                redirect.name = name
                type.__setattr__(enum_class, name, redirect)
            else:
                type.__setattr__(enum_class, name, member)

        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                enum_method = getattr(first_enum, name, None)
                found_method = getattr(enum_class, name, None)
                if enum_method is None or found_method is None:
                    continue
                if (found_method is getattr(object, name, None)
                        or found_method is getattr(member_type, name, None)):
                    type.__setattr__(enum_class, name, enum_method)

        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
            if boundary is not None:
                enum_class._boundary_ = boundary
            if order:
                # Multi-bit flags (aliases of their bits) are left out of the order.
                order = [o for o in order if o not in enum_class._member_map_
                         or _is_single_bit(enum_class._member_map_[o]._value_)]
        if order and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')
        member_type = object
        for chain in bases:
            # The data type is the first class defining __new__ or __init__; a plain mixin
            # before it (without either) stands for it.
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if ('__new__' in base.__dict__ or '__init__' in base.__dict__
                        or base in (int, str, float, tuple, bytes)):
                    member_type = candidate or base
                    break
                candidate = candidate or base
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        return Enum.__new__(cls, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')
        ns = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # Values as the class would generate them (powers of two for flags, ...).
            original_names, names, last_values = names, [], []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            ns[name] = value
        if module is None:
            import sys
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        new_cls = EnumType.__new__(EnumType, class_name, bases, ns, boundary=boundary)
        if module is not None:
            new_cls.__module__ = module
        if qualname is not None:
            new_cls.__qualname__ = qualname
        return new_cls

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __getattr__(cls, name):
        # CPython 3.11 names only the missing attribute: `AttributeError: B`.
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


class _member_attr:
    """`name`/`value` of members: read-only, and not attributes of the enum class itself."""

    def __init__(self, fget):
        self.fget = fget
        self.attr = fget.__name__
        self.owner = None

    def __set_name__(self, owner, name):
        self.owner = owner

    def __get__(self, inst, owner=None):
        if inst is None:
            member = getattr(owner, '_member_map_', {}).get(self.attr)
            if member is None:
                raise AttributeError(self.attr)
            return member
        return self.fget(inst)

    def __set__(self, inst, value):
        raise AttributeError(f"{self.owner!r} cannot set attribute {self.attr!r}")

    def __delete__(self, inst):
        raise AttributeError(f"{self.owner!r} cannot delete attribute {self.attr!r}")


class Enum(metaclass=EnumType):
    """Generic enumeration."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values, stacklevel=4)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for k in cls.__dict__:
                if not k.startswith('_') and k not in type(self)._member_map_:
                    names.append(k)
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_attr
    def name(self):
        return self._name_

    @_member_attr
    def value(self):
        return self._value_


Enum._value_repr_ = None
Enum._new_member_ = object.__new__


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


IntEnum._value_repr_ = int.__repr__
IntEnum._new_member_ = int.__new__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    __repr__ = Enum.__repr__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum._value_repr_ = str.__repr__


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits outside its members'."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Support for flags: members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _flag_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        boundary = cls._boundary_
        all_bits = (1 << mask.bit_length()) - 1
        if boundary is not KEEP and (not ~all_bits <= value <= all_bits
                                     or value & (all_bits ^ mask)):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_signed_bin(value, width)}\n'
                                 f'  allowed {_signed_bin(mask, width)}')
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                # KEEP: a negative value wraps to the bits of a wide enough width.
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = []
        remaining = value
        for m in cls._iter_by_value_():
            if m._value_ & value == m._value_ and m._value_ and _is_single_bit(m._value_):
                names.append(m._name_)
                remaining &= ~m._value_
        if not names:
            pseudo._name_ = None
        else:
            pseudo._name_ = '|'.join(names)
        pseudo._unknown_ = remaining
        pseudo.__objclass__ = cls
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    @classmethod
    def _iter_by_value_(cls):
        return [cls._member_map_[n] for n in cls._member_names_]

    def __iter__(self):
        for m in type(self)._iter_by_value_():
            if _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__qualname__}' and "
                            f"'{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._display_name_()}: {v_repr(self._value_)}>'

    def _display_name_(self):
        name = self._name_
        unknown = getattr(self, '_unknown_', 0)
        if unknown:
            name = f'{name}|{unknown}'
        return name

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._display_name_()}'

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)


def _signed_bin(value, width):
    """`value` in two's complement as '0b<sign bit> <width digits>' ('0b1 1011' is -5)."""
    width = max(width, value.bit_length(), 1)
    digits = format(value & ((1 << width) - 1), f'0{width}b')
    return f"0b{'1' if value < 0 else '0'} {digits}"


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


IntFlag._value_repr_ = int.__repr__
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP
IntFlag._new_member_ = int.__new__
Flag._flag_mask_ = 0
Flag._numeric_repr_ = repr


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for alias, name in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


class EnumCheck(StrEnum):
    """The checks `verify` can make."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against the given EnumChecks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [f'{alias} -> {m.name}'
                           for alias, m in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    raise ValueError(f'aliases found in {enumeration!r}: {", ".join(aliases)}')
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    wanted = [1 << i for i in range(_high_bit(low) + 1, _high_bit(high))]
                else:
                    wanted = range(low + 1, high)
                missing = [v for v in wanted if v not in values]
                if missing:
                    text = ', '.join(str(v) for v in missing)
                    raise ValueError(f'invalid {kind} {name!r}: missing values {text}'[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                known = [m.value for m in enumeration]
                bad_names = []
                bad_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in canonical or m.value < 0:
                        continue
                    missed = [b for b in _iter_bits_lsb(m.value) if b not in known]
                    if missed:
                        bad_names.append(alias)
                        for b in missed:
                            bad_bits |= b
                if bad_names:
                    if len(bad_names) == 1:
                        which = f'alias {bad_names[0]} is missing'
                    else:
                        which = (f'aliases {", ".join(bad_names[:-1])} and {bad_names[-1]} '
                                 'are missing')
                    if _is_single_bit(bad_bits):
                        what = f'value 0x{bad_bits:x}'
                    else:
                        what = f'combined values of 0x{bad_bits:x}'
                    raise ValueError(f'invalid Flag {name!r}: {which} {what} '
                                     '[use enum.show_flag_values(value) for details]')
        return enumeration


def _module_short_name(cls):
    return cls.__module__.split('.')[-1]


def global_enum_repr(self):
    return f'{_module_short_name(self.__class__)}.{self._name_}'


def global_flag_repr(self):
    module = _module_short_name(self.__class__)
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f'{module}.{cls_name}({self._value_!r})'
    if _is_single_bit(self._value_) or self._name_ in type(self)._member_map_:
        return f'{module}.{self._name_}'
    return '|'.join(f'{module}.{n}' for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members are shown as module attributes and exported to the module."""
    import sys
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
