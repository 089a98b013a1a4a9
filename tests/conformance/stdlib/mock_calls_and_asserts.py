from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT
from unittest import mock
import re

def scrub(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))

m = Mock()
print(scrub(repr(m)))
r = m(1, 2, key="v")
print(scrub(r))
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m.method(3).chain.other(x=1)
print(m.mock_calls)
print(m.method_calls)
print(scrub(m.method.return_value.chain))
m.assert_called_once_with(1, 2, key="v")
m.method.assert_called_with(3)
print(m.mock_calls == [call(1, 2, key="v"), call.method(3), call.method().chain.other(x=1)])
print(call(1).method(2).call_list())
m2 = Mock(return_value=42)
print(m2(), m2("a"))
print(m2.call_args_list)
m2.assert_any_call("a")
m2.assert_has_calls([call(), call("a")])
m2.assert_has_calls([call("a"), call()], any_order=True)
for args in [((), {}), (("b",), {})]:
    try:
        m2.assert_called_with(*args[0], **args[1])
        print("ok", args)
    except AssertionError as e:
        print("AE:", e)
try:
    m2.assert_called_once()
except AssertionError as e:
    print("AE:", e)
try:
    m2.assert_not_called()
except AssertionError as e:
    print("AE:", e)
try:
    m2.assert_any_call(9)
except AssertionError as e:
    print("AE:", e)
try:
    m2.assert_has_calls([call(1), call(2)])
except AssertionError as e:
    print("AE:", e)
try:
    m2.assert_has_calls([call(1), call()], any_order=True)
except AssertionError as e:
    print("AE:", e)
fresh = Mock(name="fresh")
try:
    fresh.assert_called_with(1)
except AssertionError as e:
    print("AE:", e)
try:
    fresh.assert_called()
except AssertionError as e:
    print("AE:", e)
try:
    fresh.assert_called_once_with()
except AssertionError as e:
    print("AE:", e)
try:
    fresh.assert_caled_once()
except AttributeError as e:
    print("AttrE:", e)
print(scrub(repr(fresh.child)), scrub(repr(fresh.child())))

se = Mock(side_effect=[1, 2, ValueError("boom")])
print(se(), se())
try:
    se()
except ValueError as e:
    print("raised", e)
try:
    se()
except StopIteration:
    print("exhausted")
se2 = Mock(side_effect=KeyError)
try:
    se2()
except KeyError as e:
    print("KeyError", repr(e))
se3 = Mock(side_effect=lambda x: x * 2)
print(se3(21))
se4 = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(se4())
print(sentinel.thing, sentinel.thing is sentinel.thing, DEFAULT)
print(call(1, ANY) == call(1, "whatever"), ANY == 3, repr(ANY))

m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.method.called)
m3 = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": "val"})
print(m3.method(), m3.attr)
m3.configure_mock(**{"a.b.c": 5})
print(m3.a.b.c)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "kid")
child(7)
print(parent.mock_calls)
wrapped = Mock(wraps=lambda a, b: a + b)
print(wrapped(2, 3), wrapped.call_args)

class Thing:
    size = 3
    def run(self, n):
        return n
spec_m = Mock(spec=Thing)
print(isinstance(spec_m, Thing), scrub(repr(spec_m)))
print(scrub(spec_m.run(1)))
try:
    spec_m.missing
except AttributeError as e:
    print("AttrE:", e)
ss = Mock(spec_set=["a", "b"])
ss.a = 1
try:
    ss.c = 2
except AttributeError as e:
    print("AttrE:", e)
print(m.call_args, Mock().call_args)
print(call.foo.bar(1, k=2), call(), call.x, call(1)(2))
print(call(1, 2) == ((1, 2), {}), call.f(1) == ("f", (1,), {}), call(1) != call(2))
args, kwargs = call(1, k=2)[1:]
print(args, kwargs)
ca = Mock()
ca(1, a=2)
a, k = ca.call_args
print(a, k, ca.call_args == ((1,), {"a": 2}))
