import calendar, difflib, string, copy
from collections import ChainMap, OrderedDict, deque, UserDict, UserList, UserString, namedtuple
from collections.abc import Mapping, MutableMapping, Sequence, Iterable

print(calendar.month(2024, 2))
print(calendar.monthrange(2023, 2), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2024, 9))
print(list(calendar.day_abbr), calendar.month_name[3])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1, w=3))
print(calendar.calendar(2024, m=4)[:400])
a = "the quick brown fox\njumps over\nthe lazy dog\n".splitlines(keepends=True)
b = "the quick red fox\njumps over\nthe lazy cat\nand more\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, n=1)))
print(list(difflib.ndiff(["abc\n", "def\n"], ["abd\n", "def\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:3], sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["hello", "whale", "wheat"], n=1, cutoff=0.5))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_letters[:5], string.digits, string.hexdigits, repr(string.whitespace))
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm["debug"], len(cm), sorted(cm), cm.maps[1])
child = cm.new_child({"color": "blue"})
child["x"] = 1
print(child["color"], child.parents["color"], dict(child), "x" in cm)
del child["x"]
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dq = deque([1, 2, 3, 4, 5], maxlen=5)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.appendleft(0); dq.extend([9, 8]); print(dq, dq.maxlen, dq.count(9), dq.index(8))
dq.extendleft("ab"); print(dq, dq[0], dq[-1])
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __missing__(self, k):
        return f"<{k}?>"
ld = LowerDict({"A": 1})
ld["BeE"] = 2
print(ld, ld["a"], ld["zz"], "bee" in ld, len(ld), isinstance(ld, MutableMapping))
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1]); s.push(2); print(s, s + [3], type(s + [3]).__name__, s[::-1])
us = UserString("hello"); print(us.upper(), us + "!", us[1:3], type(us.upper()).__name__)
class Registry(Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(x=1, y=2)
print(dict(r), r.get("z", 0), list(r.items()), r == {"x": 1, "y": 2}, "x" in r, r.keys() | {"q"} == {"x", "y", "q"})
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterable), issubclass(str, Sequence))
E = namedtuple("E", ["name", "dept", "pay"], defaults=[0])
e = E("a", "b")
print(e, e._replace(pay=5), E._fields, E._field_defaults, E._make(["x", "y", 1]), e.pay)
try:
    namedtuple("Bad", "a a")
except ValueError as e2:
    print("ValueError:", e2)
nested = {"a": [1, {"b": [2, 3]}], "c": (4, [5])}
dc = copy.deepcopy(nested); dc["a"][1]["b"].append(99); sc = copy.copy(nested); sc["a"].append(7)
print(nested, dc)
