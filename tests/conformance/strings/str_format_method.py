print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{name} {x}".format(name="N", x=1))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class Pt:
    x, y = 3, 4
print("{0.x},{0.y}".format(Pt()))
print("{:>8}|{:<8}|{:^8}|{:.3}|{:08.3f}|{:,}|{:+.1e}".format("r", "l", "c", "truncate", 3.14159, 1234567, 12345.6789))
print("{!r} {!s}".format("hi", "hi"), "{:{}}|".format("w", 5), "{{}}".format())
print("{:%}".format(0.125), "{:b}".format(10), "{:#o}".format(64), "{:c}".format(65))
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 100.0)]
print("{:<12}{:>5}{:>10}".format("Item", "Qty", "Price"))
for r in rows:
    print("{:<12}{:>5d}{:>10.2f}".format(*r))
print("total: {total:.2f}".format(total=sum(q * p for _, q, p in rows)))
print(format("text", "^10"), format(3.5, "e"), format(42, ""), format([1], ""))
print("{0:{fill}{align}{width}}".format("z", fill="-", align=">", width=6))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("a={a}, b={b}".format_map({"a": 1, "b": 2}))
