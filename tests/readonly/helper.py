"""A module other scripts import and try to write to."""

x = 1
cache = {}


def func(a, b=2):
    """Adds."""
    return a + b


class Klass:
    attr = 1

    def method(self):
        return self.attr


def get_cached(key):
    # Lazy initialisation through a mutable container: allowed, not a namespace write.
    if key not in cache:
        cache[key] = key * 2
    return cache[key]


def set_global():
    global x
    x = 2


def del_global():
    global x
    del x


def add_registry():
    # What warnings.warn does to the caller's module. `globals()` needs the frame stack the
    # VM does not keep yet, so the same namespace dict is reached through sys.modules.
    import sys

    sys.modules[__name__].__dict__["__warningregistry__"] = {}


def make_wrapper(f):
    def wrapper(*args):
        return f(*args)

    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    wrapper.__wrapped__ = f
    wrapper.__dict__.update({"extra": 1})
    return wrapper


def warn_twice():
    """Calls warnings.warn from a function of this (frozen) module."""
    import warnings

    warnings.warn("check this")
    warnings.warn("check this")


def wrap_with_functools(f):
    """A decorator made with functools.wraps at run time."""
    import functools

    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)

    return wrapper


text = "abc"


def append_global():
    # `text` and the operand are the string's only holders: the eval loop's in-place append
    # must not change the string before the choke point has allowed the store.
    global text
    text += "def"
