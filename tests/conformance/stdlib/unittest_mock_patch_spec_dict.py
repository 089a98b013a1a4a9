# unittest.mock: call objects built from tuples, comparisons, side_effect iterators, wraps,
# patch() with spec/spec_set/new_callable/autospec, patch.multiple, patch.dict on plain and
# minimal mappings, start/stop, class decoration, MagicMock ==, != and iter.
import sys
import types
from unittest import mock
from unittest.mock import DEFAULT, MagicMock, Mock, NonCallableMagicMock, PropertyMock, call, patch

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e).replace("\n", " | "))

# _Call from tuples of every length
C = type(call)
for value in [(), ("f",), ((1, 2),), ({"k": 1},), ("f", (1,)), ("f", {"a": 1}), ((1,), {"b": 2}),
              ("g", (3,), {"c": 4}), ("a", "b", "c", "d")]:
    print(value, tuple(C(value)), tuple(C(value, two=True)))
print(C(((1,), {}), name="x") == call(1), C((), name="zzz"))
print(call(1, a=2) == ((1,), {"a": 2}), call(1) == ("", (1,), {}), call(1) == ((1,),))
print(call.f(1) == ("f", (1,), {}), call.f(1) == ("g", (1,), {}), call.f(1) == ("f", (1,)))
print(call(1) == (1,), call() == (), call() == {}, call(a=1) == ({"a": 1},), call(1) == [1])
print(call(1) == ("a", "b", "c", "d"), call(1) != (1, 2, 3, 4), call(1) == 5, call(1) != 5)
print(call.a.b(1).c(2).call_list())
print(call(1).call_list(), call.x.call_list())
show("hash", lambda: hash(call(1)))

# assert_has_calls
m = Mock()
m(1); m(2); m(3); m.other(4)
m.assert_has_calls([call(1), call(2)])
m.assert_has_calls([call(3), call(1)], any_order=True)
show("in order missing", lambda: m.assert_has_calls([call(2), call(1)]))
show("any order missing", lambda: m.assert_has_calls([call(1), call(1), call(9)], any_order=True))
show("assert_any_call", lambda: m.assert_any_call(7))

# side effects
s = Mock(side_effect=[1, ValueError("second"), DEFAULT, 4])
s.return_value = "rv"
show("se1", s)
show("se2", s)
show("se3", s)
show("se4", s)
show("se5", s)
s2 = Mock(side_effect=lambda x: DEFAULT if x < 0 else x * 2, return_value="neg")
print(s2(5), s2(-1))
s3 = Mock(side_effect=KeyError("k"))
show("se exception", s3)
s4 = Mock(side_effect=iter("ab"))
print(s4(), s4())
show("exhausted", s4)
w = Mock(wraps=lambda a: a + 1)
print(w(1), w.call_args)
w.return_value = 100
print(w(1))
w2 = Mock(wraps=lambda a: a + 1, side_effect=lambda a: a * 10)
print(w2(3))

# patch() forms
class Service:
    def fetch(self, x):
        return x
    def plain(self):
        return 1

mod = types.ModuleType("fake_mod")
mod.Service = Service
mod.value = 10
mod.func = lambda: "real"
sys.modules["fake_mod"] = mod

with patch("fake_mod.Service", spec=True) as S:
    inst = S()
    print(type(S).__name__, type(inst).__name__, isinstance(inst, Service))
    show("spec'd missing attr", lambda: inst.nope)
    print(inst.fetch(3) is not None, S.fetch is not None)
print(mod.Service is Service)
with patch("fake_mod.Service", spec_set=True) as S:
    show("spec_set assign", lambda: setattr(S, "new_attr", 1))
    print(type(S()).__name__)
with patch("fake_mod.value", new_callable=lambda: "made") as v:
    print(v, mod.value)
with patch("fake_mod.value", spec=int) as v:
    print(type(v).__name__, mod.value is v)
with patch("fake_mod.func", autospec=True) as f:
    f.return_value = "fake"
    print(mod.func(), f.call_count)
    show("autospec bad call", lambda: mod.func(1))
with patch("fake_mod.Service.fetch", autospec=True) as fetch:
    fetch.return_value = 7
    print(Service().fetch(1), fetch.call_args[0][1])
print(mod.func(), mod.value)
show("spec and autospec", lambda: patch("fake_mod.value", spec=int, autospec=True).start())
show("new and new_callable", lambda: patch("fake_mod.value", new=1, new_callable=Mock))
show("autospec and new_callable", lambda: patch("fake_mod.value", autospec=True, new_callable=Mock))
show("autospec and new", lambda: patch("fake_mod.value", 5, autospec=True).start())
show("kwargs without mock", lambda: patch("fake_mod.value", 5, foo=1).start())
show("spec_set explicit", lambda: patch("fake_mod.value", spec=int, spec_set=str).start())
show("missing attr", lambda: patch("fake_mod.missing", 1).start())
show("spec with create", lambda: patch("fake_mod.missing2", spec=True, create=True).start())
show("autospec with create", lambda: patch("fake_mod.missing3", autospec=True, create=True).start())
show("bad target", lambda: patch("nodots"))
with patch("fake_mod.created", "yes", create=True):
    print(mod.created)
print(hasattr(mod, "created"))
with patch("fake_mod.value", spec=False, spec_set=False) as v:
    print(type(v).__name__)

p = patch("fake_mod.value", 42)
print(p.start(), mod.value)
print(p.stop(), mod.value, p.stop())
p2 = patch.object(mod, "value")
started = p2.start()
print(type(started).__name__, mod.value is started)
patch.stopall()
print(mod.value)

with patch.multiple("fake_mod", value=DEFAULT, func=lambda: "lam") as made:
    print(sorted(made), type(made["value"]).__name__, mod.func())
print(mod.value, mod.func())

@patch.multiple("fake_mod", value=DEFAULT)
def uses_multiple(value):
    return type(value).__name__, mod.value is value
print(uses_multiple())

@patch("fake_mod.value", 99)
def decorated(extra):
    return mod.value + extra
print(decorated(1), mod.value)

@patch("fake_mod.value")
class Tests:
    def test_one(self, v):
        return type(v).__name__
    def test_two(self, v):
        return mod.value is v
    def helper(self):
        return mod.value
    test_attr = 5
t = Tests()
print(t.test_one(), t.test_two(), t.helper(), Tests.test_attr)

# patch.dict
conf = {"a": 1, "b": 2}
with patch.dict(conf, {"b": 20}, c=3) as d:
    print(d is conf, sorted(conf.items()))
print(sorted(conf.items()))
with patch.dict(conf, clear=True):
    print(conf)
print(conf)

class Bare:
    """A mapping with only item access, iteration and deletion."""
    def __init__(self):
        self._d = {"x": 1}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(list(self._d))

bare = Bare()
with patch.dict(bare, {"y": 2}, clear=True):
    print(sorted(bare._d.items()))
print(sorted(bare._d.items()))

@patch.dict(conf, {"z": 26})
def with_dict():
    return sorted(conf)
print(with_dict(), sorted(conf))

@patch.dict("fake_mod.__dict__", {"value": -1})
def with_named():
    return mod.value
print(with_named(), mod.value)

pd = patch.dict(conf, q=1)
print(sorted(pd.start()), pd.stop(), sorted(conf), pd.stop())

@patch.dict(conf, {"k": 0})
class DictTests:
    def test_k(self):
        return sorted(conf)
    def other(self):
        return sorted(conf)
print(DictTests().test_k(), DictTests().other())

def boom():
    with patch.dict(conf, {"tmp": 1}):
        raise RuntimeError("inside")
show("exception in dict patch", boom)
print(sorted(conf))

# MagicMock comparisons and iteration
a, b = MagicMock(), MagicMock()
print(a == a, a == b, a != a, a != b, a == 1)
a.__eq__.return_value = True
print(a == b, a == 1)
a.__ne__.return_value = "x"
print(a != a)
print(list(a), list(a))
a.__iter__.return_value = [1, 2]
print(list(a), list(a))
nc = NonCallableMagicMock()
show("non-callable", lambda: nc())

class Holder:
    pass
with patch.object(Holder, "prop", new_callable=PropertyMock, create=True) as prop:
    prop.return_value = "pv"
    h = Holder()
    print(h.prop)
    h.prop = "set"
    print(prop.mock_calls)
