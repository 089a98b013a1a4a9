"""for a, b in d.items() / enumerate() / zip(): the pair-unpacking loop, its ends and its errors."""
d = {i: str(i) for i in range(6)}
for k, v in d.items(): print(k, v, end="; ")
print()
for i, c in enumerate("abc", 10): print(i, c, end="; ")
print()
for a, b in zip([1, 2, 3], "xy"): print(a, b, end="; ")
print()
for a, b in zip(iter([1, 2, 3]), (x * 2 for x in range(5))): print(a, b, end="; ")
print()
for a, b in zip((x for x in range(3)), [7, 8, 9, 10]): print(a, b, end="; ")
print()
def f():
    d = {1: 2, 3: 4}
    for k, v in d.items():
        d[k + 100] = v
try: f()
except RuntimeError as e: print(e)
def g():
    d = {1: 2, 3: 4}
    for k, v in d.items():
        del d[k]; d[k + 10] = v
try: g()
except RuntimeError as e: print(e)
def h():
    try:
        for a, b in enumerate([1, (2, 3)]):
            x, y = b
    except TypeError as e: print(e)
    try:
        for a, b in d.values(): pass
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
    try:
        for a, b in {"ab": 1, "cde": 2}: print(a, b)
    except ValueError as e: print(type(e).__name__, e)
    for a, b in zip([1], [2], strict=True): print(a, b)
    for (a, b), c in zip(zip("ab", "cd"), range(5)): print(a, b, c)
h()
e = enumerate(["p", "q"])
for i, v in e: print(i, v)
print(list(e), next(iter(d.items()), None))
z = zip([1, 2], [3])
for a, b in z: print(a, b)
print(list(z))
it = iter(d.items())
for k, v in it:
    if k == 2: break
print(list(it))
