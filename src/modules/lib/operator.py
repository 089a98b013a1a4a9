"""operator for pyseal: the operators as functions, and itemgetter/attrgetter/methodcaller.

The functions that are one operation each, itemgetter and attrgetter are native
(`_operator`), as in CPython."""

from _operator import (
    add, and_, contains, delitem, eq, floordiv, ge, getitem, gt, index, inv, invert, is_,
    is_not, le, lshift, lt, matmul, mod, mul, ne, neg, not_, or_, pos, pow, rshift, setitem,
    sub, truediv, truth, xor, itemgetter, attrgetter,
)

_builtin_abs = abs


def abs(a):
    return _builtin_abs(a)


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# Types whose instances concatenate with `+` on their own; anything else concatenates only
# with another sequence (as CPython's sequence protocol decides).
_CONCAT_TYPES = (str, bytes, bytearray, list, tuple)


def _is_sequence(obj):
    return not isinstance(obj, dict) and hasattr(type(obj), "__getitem__")


def _check_concat(a, b, *methods):
    """Raises CPython's error when `a <op> b` is not a concatenation; methods: a's type's
    methods that could do it (b's __radd__ could too)."""
    if isinstance(a, _CONCAT_TYPES):
        return
    handled = any(hasattr(type(a), m) for m in methods) or hasattr(type(b), "__radd__")
    if not (handled and _is_sequence(a) and _is_sequence(b)):
        cls = type(a)
        name = cls.__dict__.get("__tp_name__", cls.__name__)
        raise TypeError(f"'{name}' object can't be concatenated")


def concat(a, b):
    _check_concat(a, b, "__add__")
    return a + b


def countOf(a, b):
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    if hasattr(type(obj), "__len__"):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        # As CPython's PyObject_LengthHint: a hint that cannot be given means the default.
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    if value > 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


# The in-place operators: `a op= b`, then the result (a itself for a mutable a).
def iadd(a, b): a += b; return a
def iand(a, b): a &= b; return a
def ifloordiv(a, b): a //= b; return a
def ilshift(a, b): a <<= b; return a
def imatmul(a, b): a @= b; return a
def imod(a, b): a %= b; return a
def imul(a, b): a *= b; return a
def ior(a, b): a |= b; return a
def ipow(a, b): a **= b; return a
def irshift(a, b): a >>= b; return a
def isub(a, b): a -= b; return a
def itruediv(a, b): a /= b; return a
def ixor(a, b): a ^= b; return a


def iconcat(a, b):
    _check_concat(a, b, "__iadd__", "__add__")
    a += b
    return a


class methodcaller:
    """methodcaller(name, *args, **kwargs): a callable that calls obj.name(*args, **kwargs)."""

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, /, *args, **kwargs):
        # The name comes in *args so that any keyword (even name=) goes to the method.
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args)]
        shown += [f"{key}={value!r}" for key, value in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(shown)})"


# Every operator is also available under its dunder name: __add__ is add, __not__ is not_.
def _dunder_aliases(names):
    space = globals()
    for name in names.split():
        space[f'__{name}__'] = space[name] if name in space else space[name + '_']


_dunder_aliases("""
    lt le eq ne ge gt not abs add and floordiv index inv invert lshift mod mul matmul neg or
    pos pow rshift sub truediv xor concat contains delitem getitem setitem iadd iand iconcat
    ifloordiv ilshift imod imul imatmul ior ipow irshift isub itruediv ixor call
""")
del _dunder_aliases
