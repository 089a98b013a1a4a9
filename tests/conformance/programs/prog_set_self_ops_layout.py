def show(label, s):
    print(label, [x for x in s])
base = list(range(0, 120, 7)) + [-3, 2 ** 40, 55]
for op in ["&=", "-=", "^=", "|="]:
    a = set(base); exec(f"a {op} a"); a.update([100, 7, 40, 1000, 33, 64, 8, 16]); show(op, a)
holes = set(range(60)); [holes.discard(i) for i in range(0, 60, 2)]
for name, s in [("plain", set(base)), ("holes", holes), ("frozen", frozenset(base))]:
    for expr in ["s & s", "s | s", "s - s", "s ^ s", "s.union(s)", "s.intersection(s)", "s.intersection()", "s.difference(s)", "s.symmetric_difference(s)", "s | set()", "s & set(base)", "set(base) & s", "s.copy()"]:
        r = eval(expr)
        show(f"{name} {expr}:", r)
        r2 = set(r); r2.update(range(200, 215)); show("   grown", r2)
    if isinstance(s, set):
        for meth in ["update", "intersection_update", "difference_update", "symmetric_difference_update"]:
            t = set(s); getattr(t, meth)(t); t.update([5, 500, 77, 1024]); show(f"{name}.{meth}(self)", t)
        t = set(s); t.intersection_update(); show("iu()", t)
        t = set(s); t.update(set()); t.add(999); show("upd empty", t)
