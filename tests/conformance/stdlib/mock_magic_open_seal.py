from unittest.mock import MagicMock, Mock, NonCallableMock, PropertyMock, call, patch, mock_open, sentinel, seal
import re
def scrub(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))
mm = MagicMock()
print(len(mm), bool(mm), int(mm), float(mm), 3 in mm)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2, 3]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), mm[4], "x" in mm)
print(mm.mock_calls)
with mm as ctx:
    print(scrub(ctx))
print(mm.__enter__.called, mm.__exit__.call_args)
print(mm == mm, mm == 3, mm != mm)
mm.__eq__.return_value = True
print(mm == 3)
print(scrub(mm + 1), scrub(mm["k"]))
mm["a"] = 1
print(mm.__setitem__.call_args)
mm2 = MagicMock()
mm2.__str__.return_value = "custom"
print(str(mm2))
m = Mock()
m.__str__ = Mock(return_value="plain mock str")
print(str(m))
m.__len__ = lambda self: 7
print(len(m))
try:
    m.__getattr__ = lambda self, n: 1
except AttributeError as e:
    print("AttrE:", e)
try:
    len(Mock())
except TypeError as e:
    print("TypeError:", e)
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError:", e)

class Config:
    @property
    def debug(self):
        return False
with patch.object(Config, "debug", new_callable=PropertyMock) as pm:
    pm.return_value = True
    print(Config().debug)
    Config().debug = "set"
    print(pm.mock_calls)
print(Config().debug)

# mock_open
m_open = mock_open(read_data="line1\nline2\nline3\n")
with patch("__main__.open", m_open, create=True):
    with open("data.txt") as f:
        print(repr(f.read()))
    with open("data.txt") as f:
        print(f.readlines())
    with open("data.txt") as f:
        for line in f:
            print("iter", repr(line))
    with open("out.txt", "w") as f:
        f.write("hello")
m_open.assert_called_with("out.txt", "w")
handle = m_open()
handle.write.assert_called_once_with("hello")
print(m_open.call_count)
print(m_open.mock_calls[:4])

s = Mock()
s.known.value = 1
seal(s)
print(s.known.value)
try:
    s.unknown
except AttributeError as e:
    print("AttrE:", e)
try:
    s.known.other
except AttributeError as e:
    print("AttrE:", e)
del s.known
try:
    s.known
except AttributeError as e:
    print("AttrE:", e)
dm = Mock()
del dm.gone
print(hasattr(dm, "gone"), hasattr(dm, "there"))
print(sorted(n for n in dir(Mock()) if not n.startswith("_"))[:8])
