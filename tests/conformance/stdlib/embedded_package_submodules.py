# collections, json and re are packages in CPython: a missing submodule is simply not found.
import collections.abc
import json

for name in ["collections.x", "json.nothere", "re.missing", "math.x", "collections.abc.deeper"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    import collections.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from collections import nope
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(collections.abc.Mapping.__name__, json.dumps([1]))
