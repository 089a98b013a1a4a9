import os
import json
def serialize(obj):
    return json.dumps(obj)
from unittest import mock
from unittest.mock import patch, MagicMock, call
import re
def scrub(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))

def exists(path):
    return os.path.exists(path)

def load_config(path):
    if not exists(path):
        return {}
    with open(path) as f:
        return json.load(f)

@patch("__main__.exists", return_value=False)
def test_missing(mock_exists):
    print("missing ->", load_config("/nope"), mock_exists.call_args)

@patch("__main__.exists")
@patch("__main__.open", create=True, new_callable=mock.mock_open, read_data='{"a": 1}')
def test_present(mock_open_, mock_exists):
    mock_exists.return_value = True
    print("present ->", load_config("/cfg.json"))
    mock_open_.assert_called_once_with("/cfg.json")
    print(scrub(mock_exists))

test_missing()
test_present()
print(exists.__name__)

class Service:
    def fetch(self, key):
        return "real:" + key
    def process(self, keys):
        return [self.fetch(k).upper() for k in keys]

with patch.object(Service, "fetch", return_value="fake") as f:
    print(Service().process(["a", "b"]))
    print(f.call_count, f.call_args_list)
print(Service().process(["c"]))

with patch.object(Service, "fetch", autospec=True) as f:
    f.return_value = "auto"
    s = Service()
    print(s.process(["x"]))
    f.assert_called_once_with(s, "x")
    try:
        s.fetch()
    except TypeError as e:
        print("TypeError:", e)

CONFIG = {"mode": "prod", "level": 1}
with patch.dict(CONFIG, {"mode": "test"}, extra=True) as d:
    print(sorted(CONFIG.items()), d is CONFIG)
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(sorted(CONFIG.items()))

@patch.dict(os.environ, {"MY_VAR": "42"})
def read_env():
    return os.environ.get("MY_VAR")
print(read_env(), os.environ.get("MY_VAR"))

p = patch("__main__.serialize", return_value="stubbed")
started = p.start()
print(serialize({"x": 1}), started is json.dumps)
p.stop()
print(serialize({"x": 1}))

with patch.multiple(Service, fetch=mock.DEFAULT, process=mock.DEFAULT) as vals:
    print(sorted(vals), scrub(vals["fetch"]))
print(Service().fetch("k"))

try:
    with patch("__main__.Service.nonexistent_attr"):
        pass
except AttributeError as e:
    print("AttrE:", str(e).split(" from ")[0][:14], str(e)[-30:])
try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)
with patch("__main__.Service.nonexistent_attr", create=True) as n:
    n.return_value = 5
    print(Service.nonexistent_attr())
print(hasattr(Service, "nonexistent_attr"))
try:
    patch.object("os", "path")
except TypeError as e:
    print("TypeError:", e)

@patch.object(Service, "fetch")
class TestLike:
    def test_one(self, m):
        m.return_value = "one"
        return Service().fetch("q")
    def helper(self):
        return "helper"
print(TestLike().test_one(), TestLike().helper())

manager = MagicMock()
with patch.object(Service, "fetch", manager.fetch), patch("__main__.serialize", manager.dumps):
    Service().fetch("k1")
    serialize([1])
print(manager.mock_calls)
print(manager.mock_calls == [call.fetch("k1"), call.dumps([1])])
