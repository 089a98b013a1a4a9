# json.dumps of list and tuple subclasses: their items come from iterating them (an
# overridden __iter__ counts); with an indent emptiness is the subclass's own length.
import json
from collections import namedtuple
class L(list):
    def __iter__(self): return iter([9, 8])
class T(tuple):
    def __iter__(self): yield from ("t",)
P = namedtuple("P", "x y")
class Boom(list):
    def __iter__(self): raise RuntimeError("no iter")
for obj in [L([1, 2]), T((1, 2)), P(1, [L([0])]), {"k": L()}, [T()]]:
    print(json.dumps(obj), json.dumps(obj, indent=1).replace("\n", "/"), json.dumps(obj, separators=(",", ":")))
try:
    json.dumps(Boom([1]))
except RuntimeError as e:
    print("RuntimeError", e)
