# The errors json.dumps raises, with CPython's messages.
import json


def show(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, RecursionError) as e:
        print(label, "->", type(e).__name__ + ":", e)


show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"x"))
show("object", lambda: json.dumps([1, {"k": object()}]))
show("nested set", lambda: json.dumps({"a": [1, {"b": {2}}]}))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("frozenset key", lambda: json.dumps({frozenset(): 3}))
show("nan", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf in list", lambda: json.dumps([1.0, float("inf")], allow_nan=False))
show("inf key", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
show("inf key allowed", lambda: json.dumps({float("inf"): 1, float("nan"): 2}))
show("mixed sort", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
show("default raises", lambda: json.dumps([1j], default=lambda o: 1 / 0 if False else str(o)))

me = {}
me["self"] = me
show("cycle dict", lambda: json.dumps(me))
lst = [1]
lst.append(lst)
show("cycle list", lambda: json.dumps(lst))
show("cycle indent", lambda: json.dumps({"x": lst}, indent=2))


class Same(json.JSONEncoder):
    def default(self, o):
        return o


show("default returns itself", lambda: json.dumps(object(), cls=Same))
show("no circular check", lambda: json.dumps(me, check_circular=False))

deep = []
for _ in range(50000):
    deep = [deep]
show("deep", lambda: json.dumps(deep))


class Strict(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return list(o)
        return super().default(o)


show("subclass fallback", lambda: json.dumps({"when": 1j}, cls=Strict))
show("bad separators", lambda: json.dumps([1], separators=(",",)))
