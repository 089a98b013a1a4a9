import itertools
from itertools import islice, count, chain, groupby, accumulate, takewhile, dropwhile, product, permutations, combinations, zip_longest, starmap, tee, cycle, compress, pairwise

def read_records():
    data = """2024-01-03,north,widget,5,2.50
2024-01-03,south,gadget,2,10.00
2024-01-04,north,gadget,1,10.00
2024-01-04,east,widget,12,2.25
2024-01-05,north,widget,3,2.50
2024-01-05,south,widget,7,2.40
bad line
2024-01-06,east,gizmo,4,7.75"""
    for lineno, line in enumerate(data.splitlines(), 1):
        parts = line.split(",")
        if len(parts) != 5:
            print(f"skip line {lineno}: {line!r}")
            continue
        yield parts

def parse(recs):
    for date, region, item, qty, price in recs:
        yield {"date": date, "region": region, "item": item, "qty": int(qty), "price": float(price)}

def with_total(rows):
    for r in rows:
        r["total"] = r["qty"] * r["price"]
        yield r

rows = list(with_total(parse(read_records())))
for region, grp in groupby(sorted(rows, key=lambda r: r["region"]), key=lambda r: r["region"]):
    g = list(grp)
    print(f"{region:<6} n={len(g)} total={sum(r['total'] for r in g):8.2f}")
print(list(accumulate(r["qty"] for r in rows)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=10)))
print(list(islice(count(10, 5), 4)), list(takewhile(lambda x: x < 10, [1, 5, 12, 3])), list(dropwhile(lambda x: x < 10, [1, 5, 12, 3])))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 3)))
print(list(zip_longest("abc", [1, 2], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(islice(cycle("xy"), 5)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(pairwise([1, 4, 9, 16])), list(chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.filterfalse(str.isdigit, "a1b2")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def averager():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (n, avg)
        total += x; n += 1
        avg = total / n

print([f for f in islice(fib(), 15) if f % 2 == 0])
co = averager(); next(co)
for v in [10, 20, 30, 45]:
    print(co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("done", e.value)

def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunked(range(10), 3)))

def delegate():
    r = yield from averager()
    yield f"result {r}"
d = delegate(); next(d); d.send(4); d.send(6)
print(d.send(None))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), type(gen).__name__)
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gg = g2(); print(next(gg)); gg.close(); print(list(gg))
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t); t.throw(ValueError("boom")); t.close()
print(dict(zip("abc", count())), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(enumerate("xyz", start=1)), list(reversed(range(0, 10, 3))), list(filter(None, [0, 1, "", "a", None])))
