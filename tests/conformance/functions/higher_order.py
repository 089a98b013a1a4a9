def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def reduce_(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 11), 1), reduce_(lambda a, b: b + a, "abc", ""))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello Big World  "))
def partial(f, *pre, **kpre):
    def g(*a, **k):
        return f(*pre, *a, **{**kpre, **k})
    return g
pow2 = partial(pow, 2)
print([pow2(i) for i in range(8)], partial(int, base=16)("ff"))
print(list(map(str, [1, 2])), list(map(len, ["ab", "c"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), sorted(map(abs, [-3, 1, -2])))
print(max(["apple", "fig", "banana"], key=len), min([(2, "b"), (1, "z")], key=lambda t: t[1]))
def group_by(seq, keyf):
    out = {}
    for x in seq:
        out.setdefault(keyf(x), []).append(x)
    return out
print(group_by(range(10), lambda n: n % 3), group_by(["ant", "bee", "ape"], lambda s: s[0]))
