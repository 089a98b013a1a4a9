# str.format templates: literal runs with escaped braces, automatic and manual numbering,
# keyword fields, attribute and index access, conversions, nested specs, and the errors a
# template raises (after the fields before the bad part are looked up).
class Loud:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("  formatting", self.name, repr(spec))
        return self.name.upper() + spec

    def __getitem__(self, k):
        print("  getitem", self.name, repr(k))
        return k * 2


templates = [
    ("{}{{}}{}{{", (1, 2), {}),
    ("{{{}}}", ("x",), {}),
    ("}}{{", (), {}),
    ("{{}}", (), {}),
    ("a{{b{0}c}}d{0}", ("Z",), {}),
    ("{0}{0}{1}", ("a", "b"), {}),
    ("{a}{b}", (), {"a": 1, "b": "x"}),
    ("{:>5}{!r}", ("é", "é"), {}),
    ("{0.real:{1}}", (3, 5), {}),
    ("{x[0]}{x[-1]}", (), {"x": {"-1": "neg", 0: "zero"}}),
    ("{:{}{}}", (3, "<", 4), {}),
    ("{!s:5}|{!a}", (None, "ü"), {}),
    ("{0[key]} {0[7]}", (Loud("l"),), {}),
    ("{0:abc} {1!r:>10}", (Loud("f"), "s"), {}),
    ("{name:{fill}^{width}}", (), {"name": "mid", "fill": "*", "width": 9}),
    ("{0:{1}{2}}", ("t", ">", 6), {}),
    ("{} and {}", ("only one",), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{missing}", (), {}),
    ("{0!x}", (1,), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}),
    ("ok {0} then {", (Loud("e"),), {}),
    ("ok {0} then }", (Loud("e"),), {}),
    ("{0[}", (1,), {}),
    ("{0.}", (Loud("a"),), {}),
    ("{0[0]x}", ([1],), {}),
    ("{:d}", ("text",), {}),
    ("plain text with no fields at all", (), {}),
    ("", (), {}),
    ("{}", ("",), {}),
    ("{}-{}-{}", ("", "é", "日本"), {}),
]
for t, args, kwargs in templates:
    try:
        print(repr(t), "->", repr(t.format(*args, **kwargs)))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        print(repr(t), "->", type(e).__name__, e)

rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 150, 12.0)]
header = "{:<10}|{:>5}|{:>8}".format("item", "qty", "price")
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print("{:<10}|{:>5d}|{:>8.2f}".format(name, qty, price))
    print("{0:<10}|{1:>5}|{2:>8}".format(name, qty, price))
    print("{n:.<10}|{q:_>5}|{p:+08.2f}".format(n=name, q=qty, p=price))
total = sum(q * p for _, q, p in rows)
print("{:=^25}".format(" total {:,.2f} ".format(total)))
print("{:%}".format(0.5), "{:,}".format(10**12), "{:_b}".format(255), "{:#o}".format(8))
