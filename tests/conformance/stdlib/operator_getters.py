"""operator.itemgetter and attrgetter as sort keys, namedtuple fields and plain callables,
with their reprs and argument errors."""
from operator import *
for t in ['itemgetter()', 'itemgetter(1)()', 'itemgetter(1)(1,2)', 'itemgetter(1)(obj=3)', 'itemgetter(a=1)', 'attrgetter()', 'attrgetter(1)', 'attrgetter("a")(1)', 'attrgetter("a.b")(1)', 'repr(itemgetter(1, "x"))', 'repr(attrgetter("a", "b.c"))', 'itemgetter(5)([1])', 'itemgetter(1, 2)("abc")', 'attrgetter("real", "imag")(3)', 'itemgetter(1).__reduce__()', 'type(itemgetter(1))', 'attrgetter("a.")', 'attrgetter("real.__class__.__name__")(1)', 'itemgetter(slice(1,3))([1,2,3,4])', 'attrgetter("")(1)']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
from collections import namedtuple

Row = namedtuple("Row", "city country pop")
rows = [Row("Lyon", "FR", 513), Row("Oslo", "NO", 709), Row("Nice", "FR", 342), Row("Bergen", "NO", 285)]
print(sorted(rows, key=itemgetter(1, 2)))
print(sorted(rows, key=attrgetter("country", "city"), reverse=True)[0])
print(max(rows, key=attrgetter("pop")).city, [r.pop for r in rows], rows[0].city, rows[2][0])
print(list(map(itemgetter(0), rows)), list(map(attrgetter("city.upper"), rows))[0]())


class Box:
    def __init__(self, inner):
        self.inner = inner


nested = [Box(Box(n)) for n in (3, 1, 2)]
print([b.inner.inner for b in sorted(nested, key=attrgetter("inner.inner"))])
get = itemgetter("k", 0)
print(get({"k": 1, 0: "zero"}), itemgetter(-1)("xyz"), itemgetter(slice(None, None, -1))((1, 2)))
print(callable(get), isinstance(get, itemgetter), type(attrgetter("a")).__name__)
sorted([{"a": 1}, {"b": 2}], key=itemgetter("a"))
