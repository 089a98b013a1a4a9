"""unittest.mock for pyseal: Mock, MagicMock and friends, call objects, patching.

A mock records every call made to it and to its children (attributes and return values
are mocks made on first use), answers with `return_value` or `side_effect`, and checks
what it saw with the assert_* methods, whose failure messages read as CPython's. Each mock
instance gets a class of its own, so magic methods configured on one mock (MagicMock's
defaults, or `m.__len__ = ...`) never leak to another. `patch`, `patch.object`,
`patch.dict` and `patch.multiple` work as decorators, context managers or with
start()/stop(). Signature checking is done for autospecced functions only.
"""

import sys
import builtins
import contextlib
import functools
from types import ModuleType

# The patchers' own writes: policies can allow these (`on = "patch"`) and no others.
from _pyseal_patch import setattr as _patch_set, delattr as _patch_del

__all__ = (
    "Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call", "create_autospec",
    "AsyncMock", "FILTER_DIR", "NonCallableMock", "NonCallableMagicMock", "mock_open",
    "PropertyMock", "seal",
)

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Unique named objects: `sentinel.name` is the same object every time."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    "An object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _instance_callable(obj):
    """Whether instances of class `obj` can be called."""
    if not isinstance(obj, type):
        return callable(obj)
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


# ---------------------------------------------------------------------------
# call objects

_UNNAMED = object()


def _read_call(parts, size):
    """(name, args, kwargs) from a call written as up to three items: an optional name (str),
    then the positional arguments (tuple) and/or the keyword arguments. A missing name is
    _UNNAMED; more than three items give None."""
    if size == 3:
        name, args, kwargs = parts
        return name, args, kwargs
    if size == 2:
        head, rest = parts
        if not isinstance(head, str):
            return _UNNAMED, head, rest
        return (head, rest, {}) if isinstance(rest, tuple) else (head, (), rest)
    if size == 1:
        (only,) = parts
        if isinstance(only, str):
            return only, (), {}
        return (_UNNAMED, only, {}) if isinstance(only, tuple) else (_UNNAMED, (), only)
    return (_UNNAMED, (), {}) if size == 0 else None


class _Call(tuple):
    """A recorded call: `(args, kwargs)`, or `(name, args, kwargs)` in mock_calls.

    `call(1, a=2)`, `call.method(3)` and `call(1).method(2)` build the same objects to
    compare against.
    """

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        given, args, kwargs = _read_call(value, len(value)) or (_UNNAMED, (), {})
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name if given is _UNNAMED else given, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, "_mock_parent", None) is not None and isinstance(other, _Call)
                and other._mock_parent is not None
                and self._mock_parent != other._mock_parent):
            return False
        parsed = _read_call(other, n)
        if parsed is None:
            return False
        other_name, other_args, other_kwargs = parsed
        if other_name is _UNNAMED:
            other_name = ""
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = "call"
        elif name.startswith("()"):
            name = "call%s" % name
        else:
            name = "call.%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first, as a list."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls in which `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if list(self[i:i + n]) == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---------------------------------------------------------------------------
# magic methods

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
    "floor ceil bool next fspath aiter"
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_inplace = " ".join("i%s" % n for n in _numerics.split())
_right = " ".join("r%s" % n for n in _numerics.split())

_non_defaults = {
    "__get__", "__set__", "__delete__", "__reversed__", "__missing__", "__reduce__",
    "__reduce_ex__", "__getinitargs__", "__getnewargs__", "__getstate__", "__setstate__",
    "__getformat__", "__repr__", "__dir__", "__subclasses__", "__format__",
    "__getnewargs_ex__",
}

_magics = {
    "__%s__" % m for m in " ".join([_magic_names, _numerics, _inplace, _right]).split()
}
_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_all_magics = _magics | _non_defaults | _async_method_magics
_unsupported_magics = {
    "__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
    "__instancecheck__", "__subclasscheck__", "__del__",
}

_return_values = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
    "__index__": 1, "__aexit__": False,
}

_calculate_return_value = {
    "__hash__": lambda self: object.__hash__(self),
    "__str__": lambda self: object.__str__(self),
    "__sizeof__": lambda self: object.__sizeof__(self),
    "__fspath__": lambda self: "%s/%s/%s" % (type(self).__name__,
                                              self._extract_mock_name(), id(self)),
}


def _identity_comparison(method_name, when_same):
    """Side effect maker for == / != of a MagicMock: a return_value set by the user wins,
    otherwise a mock equals only itself."""
    def make(mock):
        def compare(other):
            configured = getattr(mock, method_name)._mock_return_value
            if configured is not DEFAULT:
                return configured
            return when_same if other is mock else NotImplemented
        compare.__name__ = method_name
        return compare
    return make


def _iteration(mock):
    # A fresh iterator over the configured return_value (empty by default) on each iter().
    def iterate():
        configured = mock.__iter__._mock_return_value
        return iter([] if configured is DEFAULT else configured)
    iterate.__name__ = "__iter__"
    return iterate


_side_effect_methods = {
    "__eq__": _identity_comparison("__eq__", True),
    "__ne__": _identity_comparison("__ne__", False),
    "__iter__": _iteration,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


def _is_magic(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


def _get_method(name, func):
    "A function for a class that calls `func` with the instance."
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class _MagicProxy:
    """A magic method on a MagicMock's class: the mock for it is made on first use."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()

    def __call__(self, *args, **kwargs):
        return self.create_mock()(*args, **kwargs)


# ---------------------------------------------------------------------------
# mocks

# Attributes set straight on the instance, never treated as children.
_allowed_names = {
    "return_value", "_mock_return_value", "side_effect", "_mock_side_effect",
    "_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name",
}


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt mock `value` as the child `name` of `parent` unless it already belongs."""
    if not _is_instance_mock(value):
        return False
    d = value.__dict__
    if (d["_mock_name"] or d["_mock_new_name"] or d["_mock_parent"] is not None
            or d["_mock_new_parent"] is not None):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p.__dict__["_mock_new_parent"]
    if new_name:
        d["_mock_new_parent"] = parent
        d["_mock_new_name"] = new_name
    if name:
        d["_mock_parent"] = parent
        d["_mock_name"] = name
    return True


class NonCallableMock:
    """A mock that cannot be called: attributes are mocks made on first access."""

    def __new__(cls, *args, **kw):
        # A class per instance, so magic methods set on one mock stay on it.
        new = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["call_args_list"] = _CallList()
        d["mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        d["_mock_unsafe"] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Attach `mock` as attribute `attribute`, so its calls are recorded here too."""
        d = mock.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec = dir(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_spec_signature"] = None
        d["_mock_methods"] = spec
        d["_spec_asyncs"] = []

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(_get_return_value, _set_return_value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_side_effect(self):
        return self.__dict__["_mock_side_effect"]

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call made to this mock and its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in d["_mock_children"].values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d.get("_mock_return_value", DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names included: `configure_mock(**{'a.b': 1})`."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            args = arg.split(".")
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        d = self.__dict__
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children") or "_mock_children" not in d:
            raise AttributeError(name)
        methods = d["_mock_methods"]
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not d["_mock_unsafe"] and (not methods or name not in methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant"
                    " to be an attribute." % (name, name))
        children = d["_mock_children"]
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if d["_mock_wraps"] is not None:
                wraps = getattr(d["_mock_wraps"], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set, result.instance,
                                     result.parent, result.name)
            children[name] = result
        return result

    def _extract_mock_name(self):
        d = self.__dict__
        names = [d["_mock_new_name"]]
        parent = d["_mock_new_parent"]
        last = self
        dot = "." if names != ["()"] else ""
        while parent is not None:
            last = parent
            pd = parent.__dict__
            names.append(pd["_mock_new_name"] + dot)
            dot = "." if pd["_mock_new_name"] != "()" else ""
            parent = pd["_mock_new_parent"]
        names.reverse()
        first = last.__dict__["_mock_name"] or "mock"
        if len(names) > 1 and names[1] not in ("()", "()."):
            first += "."
        names[0] = first
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r"
            if self._spec_set:
                spec_string = " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith("_")]
        from_dict = [e for e in from_dict if not e.startswith("_") or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (d["_spec_set"] and d["_mock_methods"] is not None
                and name not in d["_mock_methods"] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magics:
            if d["_mock_methods"] is not None and name not in d["_mock_methods"]:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                d["_mock_children"][name] = value
        elif name == "__class__":
            d["_spec_class"] = value
            return None
        elif d["_mock_sealed"] and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        elif _check_and_set_parent(self, value, name, name):
            d["_mock_children"][name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        children = self.__dict__["_mock_children"]
        obj = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del children[name]
        children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or "mock", args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return "expected %s not found.\nExpected: %s\n  Actual: %s" % (action, expected, actual)

    def _call_matcher(self, _call):
        sig = self._spec_signature
        if sig is None or not isinstance(_call, tuple):
            return _call
        if len(_call) == 2:
            name = ""
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or "mock"))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` are in mock_calls (in a row, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = "Calls not found."
                else:
                    problem = "Error processing expected calls.\nErrors: {}".format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    "%s\nExpected: %s%s" % (problem, _CallList(calls),
                                            self._calls_repr(prefix="  Actual").rstrip("."))
                ) from cause
            return
        # Any order: each expected call uses up one matching actual call.
        unused = list(all_calls)
        missing = []
        for wanted in expected:
            try:
                unused.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError("%r does not contain all of %r in its call list, found %r"
                                 " instead" % (self._mock_name or "mock", tuple(missing),
                                               unused)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError("%s call not found" %
                                 self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """A new child mock (an attribute or return value) of the right class."""
        if self._mock_sealed:
            attribute = ".%s" % kw["name"] if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        _type = type(self)
        if issubclass(_type, MagicMock) and kw.get("_new_name") in _async_method_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            klass = MagicMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)


class _AnyComparer(list):
    """A list whose `in` compares with the element on the left, so ANY matches inside."""

    def __contains__(self, item):
        for _call in self:
            if len(item) != len(_call):
                continue
            if all(expected == actual for expected, actual in zip(item, _call)):
                return True
        return False


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this_call = _Call((args, kwargs), two=True)
        d["call_args"] = this_call
        d["call_args_list"].append(this_call)

        # Record the call on every ancestor: method_calls follow attribute parents only,
        # mock_calls follow return values too ("()").
        do_method_calls = d["_mock_parent"] is not None
        method_call_name = d["_mock_name"]
        mock_call_name = d["_mock_new_name"]
        is_a_call = mock_call_name == "()"
        d["mock_calls"].append(_Call(("", args, kwargs)))
        parent = d["_mock_new_parent"]
        while parent is not None:
            pd = parent.__dict__
            if do_method_calls:
                pd["method_calls"].append(_Call((method_call_name, args, kwargs)))
                do_method_calls = pd["_mock_parent"] is not None
                if do_method_calls:
                    method_call_name = pd["_mock_name"] + "." + method_call_name
            pd["mock_calls"].append(_Call((mock_call_name, args, kwargs)))
            if pd["_mock_new_name"]:
                dot = "" if is_a_call else "."
                is_a_call = pd["_mock_new_name"] == "()"
                mock_call_name = pd["_mock_new_name"] + dot + mock_call_name
            parent = pd["_mock_new_parent"]

    def _execute_mock_call(self, /, *args, **kwargs):
        state = self.__dict__
        effect = state["_mock_side_effect"]
        if effect is not None:
            # An exception is raised; a callable is called; anything else is an iterator
            # of results (exceptions among them are raised). DEFAULT falls through.
            if _is_exception(effect):
                raise effect
            if callable(effect):
                outcome = effect(*args, **kwargs)
            else:
                outcome = next(effect)
                if _is_exception(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        if state["_mock_return_value"] is DEFAULT and state["_mock_wraps"] is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls and answers with return_value or side_effect."""


class MagicMixin:
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        orig = _magics | _async_method_magics
        these = orig
        _type = type(self)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            these = orig.intersection(methods)
            for entry in orig - these:
                if entry in _type.__dict__:
                    delattr(_type, entry)
        present = _type.__dict__
        for entry in these:
            if entry not in present:
                setattr(_type, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iteration is empty, ..."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading calls it, assigning calls it."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)


class AsyncMockMixin:
    pass


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A mock whose call returns a coroutine; awaiting it gives the result."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        d = self.__dict__

        async def proxy():
            this_call = _Call((args, kwargs), two=True)
            d["await_count"] += 1
            d["await_args"] = this_call
            d["await_args_list"].append(this_call)
            effect = d["_mock_side_effect"]
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                if not callable(effect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                else:
                    result = effect(*args, **kwargs)
                    if hasattr(result, "__await__"):
                        result = await result
                if result is not DEFAULT:
                    return result
            if d["_mock_return_value"] is not DEFAULT:
                return self.return_value
            if d["_mock_wraps"] is not None:
                result = d["_mock_wraps"](*args, **kwargs)
                if hasattr(result, "__await__"):
                    result = await result
                return result
            return self.return_value

        return proxy()

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        if self.await_args != _Call((args, kwargs), two=True):
            expected = self._format_mock_call_signature(args, kwargs)
            actual = self._format_mock_call_signature(*self.await_args)
            raise AssertionError("expected await not found.\nExpected: %s\n  Actual: %s"
                                 % (expected, actual))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()


# ---------------------------------------------------------------------------
# autospec

class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _signature_of(obj, eat_self):
    try:
        import inspect
        sig = inspect.signature(obj)
    except Exception:
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if params:
            sig = sig.replace(parameters=params[1:])
    return sig


def _check_signature_mock(mock, sig):
    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    mock.__dict__["_spec_signature"] = sig
    type(mock)._mock_check_sig = lambda self, *a, **k: checksig(*a, **k)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like `spec`: only its attributes exist, and calls to functions and
    methods are checked against their signatures."""
    is_type = isinstance(spec, type)
    is_func = callable(spec) and not is_type and not _is_instance_mock(spec)
    if type(spec).__name__ == "function":
        # A function stays a function-like object, so it binds as a method on a class.
        _kwargs = dict(kwargs)
        if _name is not None:
            _kwargs["name"] = _name
        mock = MagicMock(spec=spec, **_kwargs)
        sig = _signature_of(spec, False)
        if sig is not None:
            mock.__dict__["_spec_signature"] = sig
        return _AutospecFunction(mock, sig)
    _kwargs = {"spec": spec}
    if spec_set:
        _kwargs = {"spec_set": spec}
    _kwargs.update(kwargs)
    klass = MagicMock
    if not callable(spec) or (instance and not _instance_callable(spec)):
        klass = NonCallableMagicMock
    if _parent is not None and not instance:
        _kwargs["_new_parent"] = _parent
        _kwargs["parent"] = _parent
    if _name is not None:
        _kwargs["name"] = _name
        if _parent is not None:
            _kwargs["_new_name"] = _name
    if is_type and not instance and "return_value" not in kwargs:
        mock = klass(**_kwargs)
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()",
                                            _parent=mock)
    else:
        mock = klass(**_kwargs)
    if is_func or is_type:
        target = spec.__init__ if is_type and not instance else spec
        eat_self = is_type and not instance
        if callable(target) and not (instance and is_type):
            sig = _signature_of(spec if not is_type else target, eat_self)
            if sig is not None:
                _check_signature_mock(mock, sig)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if callable(original) and not isinstance(original, type):
            child = MagicMock(name=entry, parent=mock, _new_name=entry, _new_parent=mock)
            eat = is_type and not isinstance(spec.__dict__.get(entry) if entry in getattr(spec, "__dict__", {}) else None, staticmethod)
            if is_type and isinstance(getattr(spec, "__dict__", {}).get(entry), classmethod):
                eat = False
            sig = _signature_of(original, eat and instance is not None and _is_plain_function(spec, entry))
            if sig is not None:
                _check_signature_mock(child, sig)
            mock.__dict__["_mock_children"][entry] = child
        else:
            mock.__dict__["_mock_children"][entry] = _SpecState(
                original, spec_set, mock, entry, None, instance=False)
    return mock


class _AutospecFunction:
    """An autospecced function: calls are checked against the signature, then recorded by
    its mock; every other attribute is the mock's. Binds to instances like a function."""

    def __init__(self, mock, sig):
        object.__setattr__(self, "mock", mock)
        object.__setattr__(self, "_sig", sig)

    def __call__(self, *args, **kwargs):
        sig = object.__getattribute__(self, "_sig")
        if sig is not None:
            sig.bind(*args, **kwargs)
        return object.__getattribute__(self, "mock")(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "mock"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "mock"), name, value)

    def __repr__(self):
        return repr(object.__getattribute__(self, "mock"))


def _is_plain_function(spec, entry):
    for klass in getattr(spec, "__mro__", ()):
        if entry in klass.__dict__:
            return type(klass.__dict__[entry]).__name__ == "function"
    return False


# ---------------------------------------------------------------------------
# patching

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


_builtins = {name for name in dir(builtins) if not name.startswith("_")}


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        # Where to patch: getter() gives the object, `attribute` names what is replaced.
        self.getter, self.attribute = getter, attribute
        # What replaces it: `new`, or a mock built from these options.
        self.new, self.new_callable, self.kwargs = new, new_callable, kwargs
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create, self.unsafe = create, unsafe
        self.has_local = False
        # patch.multiple stacks further patchers on the first one.
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [extra.copy() for extra in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if not _is_coroutine_function(func):
            return self.decorate_callable(func)
        return self.decorate_async_callable(func)

    def decorate_class(self, klass):
        # Each test method gets its own copy of this patcher.
        tests = [(name, getattr(klass, name)) for name in dir(klass)
                 if name.startswith(patch.TEST_PREFIX)]
        for name, method in tests:
            if callable(method):
                setattr(klass, name, self.copy()(method))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        # enter every patcher stacked on `patched`; the mocks they make become
        # extra positional arguments (or keywords, for patch.multiple)
        with contextlib.ExitStack() as stack:
            positional = list(args)
            for patcher in patched.patchings:
                made = stack.enter_context(patcher)
                if patcher.attribute_name is not None:
                    keywargs.update(made)
                elif patcher.new is DEFAULT:
                    positional.append(made)
            yield tuple(positional), keywargs

    def _join_existing(self, func):
        # a function patched before keeps its wrapper and gains one more patcher
        if not hasattr(func, "patchings"):
            return False
        func.patchings.append(self)
        return True

    def decorate_callable(self, func):
        if self._join_existing(func):
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (call_args, call_kw):
                return func(*call_args, **call_kw)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if self._join_existing(func):
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (call_args, call_kw):
                return await func(*call_args, **call_kw)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        try:
            original, local = target.__dict__[name], True
        except (AttributeError, KeyError):
            original, local = getattr(target, name, DEFAULT), False
        if isinstance(target, ModuleType) and name in _builtins:
            self.create = True
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, kwargs = self.new, self.kwargs
        self.target = self.getter()
        # An option passed as False counts as not passed.
        spec, spec_set, autospec = [None if option is False else option
                                    for option in (self.spec, self.spec_set, self.autospec)]
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            new = create_autospec(original if autospec is True else autospec,
                                  spec_set=bool(spec_set), _name=self.attribute, **kwargs)
        elif new is DEFAULT:
            new = self._default_mock(original, spec, spec_set)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        return self._install(new, original, local)

    def _default_mock(self, original, spec, spec_set):
        """The mock patch() makes when given no `new`, shaped by spec/spec_set."""
        # True for either means "the original"; spec_set=True turns the spec strict.
        if spec is True:
            spec = original
        if spec_set is True:
            spec, spec_set = None, (original if spec is None else spec)
        model = spec if spec_set is None else spec_set
        if model is not None and original is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        if self.new_callable is not None:
            factory = self.new_callable
        elif model is not None and _is_coroutine_function(model):
            factory = AsyncMock
        elif model is not None and (
                "__call__" not in model if _is_list(model) else not callable(model)):
            factory = NonCallableMagicMock
        elif spec is None and _is_coroutine_function(original):
            factory = AsyncMock
        else:
            factory = MagicMock
        options = {}
        if spec is not None:
            options["spec"] = spec
        if spec_set is not None:
            options["spec_set"] = spec_set
        if self.attribute and isinstance(factory, type) and issubclass(factory, NonCallableMock):
            options["name"] = self.attribute
        options.update(self.kwargs)
        mock = factory(**options)
        if model is not None and isinstance(original, type) and _is_instance_mock(mock):
            # A patched class: its instances are mocks with the same spec.
            if not _is_list(model) and not _instance_callable(model):
                factory = NonCallableMagicMock
            del options["name"]
            mock.return_value = factory(_new_parent=mock, _new_name="()", **options)
        return mock

    def _install(self, new, original, local):
        self.temp_original, self.is_local = original, local
        self._exit_stack = contextlib.ExitStack()
        try:
            _patch_set(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            # patch.multiple: the mocks it made, by attribute name, for the test's keywords.
            made = {self.attribute_name: new} if self.new is DEFAULT else {}
            for extra in self.additional_patchers:
                entered = self._exit_stack.enter_context(extra)
                if extra.new is DEFAULT:
                    made.update(entered)
            return made
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    # Names whose deletion can leave another value in place (e.g. a class's default).
    _ALWAYS_RESTORED = ("__doc__", "__module__", "__defaults__", "__annotations__",
                        "__kwdefaults__")

    def __exit__(self, *exc_info):
        target, name, saved = self.target, self.attribute, self.temp_original
        if saved is DEFAULT or not self.is_local:
            _patch_del(target, name)
            # Unless patch created the attribute, make sure the old value is back.
            if not self.create and (not hasattr(target, name) or
                                    name in self._ALWAYS_RESTORED):
                _patch_set(target, name, saved)
        else:
            _patch_set(target, name, saved)
        stack = self._exit_stack
        del self.temp_original, self.is_local, self.target, self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        mock = self.__enter__()
        _patch._active_patches.append(self)
        return mock

    def stop(self):
        active = _patch._active_patches
        if self not in active:
            return None
        active.remove(self)
        return self.__exit__(None, None, None)


def _is_coroutine_function(obj):
    code = getattr(obj, "__code__", None)
    if code is None or _is_instance_mock(obj):
        return False
    return bool(getattr(code, "co_flags", 0) & 0x80)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Patch attribute `attribute` of object `target` with a mock (or `new`)."""
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Patch several attributes of `target` at once, each keyword naming one."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by dotted `target` with a MagicMock (or `new`) while a
    decorated function runs, a `with` block lasts, or between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """Set keys of a dictionary (or a dotted name of one) for a while, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.clear = in_dict, clear
        self.values = dict(values, **kwargs)
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if _is_coroutine_function(f):
            async def patched(*args, **kw):
                with self:
                    return await f(*args, **kw)
        else:
            def patched(*args, **kw):
                with self:
                    return f(*args, **kw)
        return functools.wraps(f)(patched)

    def decorate_class(self, klass):
        for name in dir(klass):
            # (None for a name dir() lists without a value, which pyseal's dir() may do.)
            member = getattr(klass, name, None)
            if callable(member) and name.startswith(patch.TEST_PREFIX):
                fresh = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, fresh(member))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        target = self.in_dict
        self._original = _dict_snapshot(target)
        if self.clear:
            _clear_dict(target)
        _dict_merge(target, self.values)

    def _unpatch_dict(self):
        target = self.in_dict
        _clear_dict(target)
        _dict_merge(target, self._original)

    start, stop = _patch.start, _patch.stop


# patch.dict also works on mappings that lack copy(), update() or clear().
def _dict_snapshot(mapping):
    try:
        return mapping.copy()
    except AttributeError:
        return {key: mapping[key] for key in mapping}


def _dict_merge(mapping, values):
    try:
        mapping.update(values)
    except AttributeError:
        for key in values:
            mapping[key] = values[key]


def _clear_dict(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for p in reversed(_patch._active_patches):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# ---------------------------------------------------------------------------
# mock_open and seal

_file_spec = None
_FILE_NAMES = (
    "buffer close closed detach encoding errors fileno flush getbuffer getvalue isatty "
    "line_buffering mode name newlines read read1 readable readinto readinto1 readline "
    "readlines reconfigure seek seekable tell truncate writable write write_through "
    "writelines __enter__ __exit__ __iter__ __next__ __del__ __class__ __delattr__ __dir__ "
    "__doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ "
    "__init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ "
    "__repr__ __setattr__ __sizeof__ __str__ __subclasshook__ __dict__ _CHUNK_SIZE "
    "_checkClosed _checkReadable _checkSeekable _checkWritable _finalizing"
).split()


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


class _OpenedData:
    """The data behind a mock_open handle, and the side effects that read it.

    A return_value the test sets on read/readline/readlines wins over the data.
    """

    def __init__(self, read_data):
        self.read_data = read_data
        self.stream = _to_stream(read_data)
        self.handle = None
        self.readline_gen = None

    def read(self, *args, **kwargs):
        preset = self.handle.read.return_value
        if preset is None:
            return self.stream.read(*args, **kwargs)
        return preset

    def readlines(self, *args, **kwargs):
        preset = self.handle.readlines.return_value
        if preset is None:
            return self.stream.readlines(*args, **kwargs)
        return preset

    def iterate(self):
        # iter(handle): the preset readline value forever, else the lines left
        if self.handle.readline.return_value is not None:
            while True:
                yield self.handle.readline.return_value
        yield from self.stream

    def next_line(self):
        preset = self.handle.readline.return_value
        if preset is None:
            return next(self.stream)
        return preset

    def _readline_values(self):
        yield from self.iterate()
        while True:            # past the end: readline keeps answering ''
            yield self.stream.readline()

    def restart_readline(self):
        self.readline_gen = self._readline_values()
        self.handle.readline.side_effect = self.readline_gen

    def reopen(self, *args, **kwargs):
        # each call of the mock `open` starts reading from the beginning again
        self.stream = _to_stream(self.read_data)
        if self.handle.readline.side_effect == self.readline_gen:
            self.restart_readline()
        return DEFAULT


def mock_open(mock=None, read_data=""):
    """A mock to replace `open`: the handle it returns reads `read_data` and records
    writes."""
    global _file_spec
    data = _OpenedData(read_data)
    if _file_spec is None:
        _file_spec = list(_FILE_NAMES)
    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = data.handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    for method in ("write", "read", "readline", "readlines"):
        getattr(handle, method).return_value = None
    handle.read.side_effect = data.read
    data.restart_readline()
    handle.readlines.side_effect = data.readlines
    handle.__iter__.side_effect = data.iterate
    handle.__next__.side_effect = data.next_line
    mock.side_effect = data.reopen
    mock.return_value = handle
    return mock


def seal(mock):
    """Forbid new attributes on `mock` and its children: using one raises AttributeError."""
    mock.__dict__["_mock_sealed"] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if isinstance(m.__dict__.get("_mock_children", {}).get(attr), _SpecState):
            continue
        if m.__dict__["_mock_new_parent"] is mock:
            seal(m)
