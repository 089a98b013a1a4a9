import asyncio
from unittest.mock import (AsyncMock, MagicMock, Mock, NonCallableMagicMock, call, create_autospec,
                           patch, DEFAULT, ANY)

def compute(a, b, *, scale=1):
    return (a + b) * scale

auto = create_autospec(compute, return_value=99)
print(auto(1, 2), auto(3, b=4, scale=2))
auto.assert_called_with(3, b=4, scale=2)
print(auto.call_args_list)
for bad in [(), (1, 2, 3), (1,)]:
    try:
        auto(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(auto.call_count)

class Repo:
    def get(self, key, default=None):
        return default
    def put(self, key, value):
        pass
    name = "repo"

r = create_autospec(Repo, instance=True)
r.get.return_value = "v"
print(r.get("k"), r.get.call_args)
try:
    r.put("only-key")
except TypeError as e:
    print("TypeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(r, Repo))

async def main():
    am = AsyncMock(return_value=5)
    print(await am(1), am.await_count, am.call_args)
    am.assert_awaited_once_with(1)
    am2 = AsyncMock(side_effect=[1, ValueError("bad")])
    print(await am2())
    try:
        await am2()
    except ValueError as e:
        print("ValueError:", e)
    try:
        am.assert_awaited_with(2)
    except AssertionError as e:
        print(str(e).splitlines())
    fetch = AsyncMock()
    fetch.return_value = {"ok": True}
    print(await fetch("url"), fetch.await_args)
asyncio.run(main())

m = Mock()
m.side_effect = Exception("late")
try:
    m()
except Exception as e:
    print("late:", e)
m.side_effect = None
m.return_value = 3
print(m())
counter = Mock(side_effect=[DEFAULT, 7], return_value="dflt")
print(counter(), counter())

def real(x):
    return x * 10
w = Mock(wraps=real)
print(w(4), w.call_args, w.called)
w.return_value = "override"
print(w(4))

class Widget:
    def render(self):
        return "real"

with patch.object(Widget, "render", new=lambda self: "fake"):
    print(Widget().render())
print(Widget().render())

@patch.object(Widget, "render", return_value="A")
@patch("__main__.real", return_value="B")
def two(mock_real, mock_render):
    return Widget().render(), real(1), mock_real.call_args, mock_render.call_count
print(two())

nm = NonCallableMagicMock()
print(len(nm), nm.attr.method() is nm.attr.method())
mm = MagicMock()
mm.a.b.c(1)
mm.a.b.c(2)
mm.x(y=3)
print(mm.mock_calls)
print(mm.method_calls)
print(mm.a.b.c.mock_calls, mm.a.mock_calls)
print(mm.mock_calls[0] == call.a.b.c(1), mm.mock_calls[0] == call.a.b.c(ANY))
print(call.a(1).b(2) in mm.mock_calls, [call.a.b.c(1), call.a.b.c(2)] in mm.mock_calls)
print(mm.a.b.c.call_args_list == [((1,),), ((2,),)])
mm.reset_mock()
print(mm.mock_calls, mm.a.b.c.call_count)
m5 = Mock(return_value=1, side_effect=None, name="five")
m5(1)
m5.reset_mock(return_value=True)
print(m5.call_count, type(m5()).__name__)
m6 = Mock(name="m6")
m6(1, key="v")
m6.assert_called_once_with(1, key="w")
