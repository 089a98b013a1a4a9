name, age, pi = "Ada", 36, 3.14159265
items = ["x", "y"]
d = {"key": "value", "n": 5}
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.4f} {pi:<10.1f}| {age:04d} {age:>6} {age:<6}| {age:^6}|")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}|")
print(f"{items[0]} {d['key']} {d['n'] * 2} {len(items)} {age > 30}")
print(f"{{literal braces}} {{{name}}}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|")
print(f"{age=} {pi=:.2f} {name = }")
print(f"{'nested ' + f'{age}'}")
print(f"{1_000_000:,} {0.5:%} {255:#x} {255:08b} {-3:+d} {3:+d}")
print(f"{[i * i for i in range(4)]} {sum(x for x in range(10))}")
print(f"{'multi' 'part'} {(lambda x: x + 1)(2)} {name.upper()[:2]}")
val = 7
print(f"{'even' if val % 2 == 0 else 'odd'} {val if val else 'zero'}")
print(f"""triple {name}
quoted {age}""")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P():abc} {P()!s:>0}" if False else f"{P():abc} {P()}")
