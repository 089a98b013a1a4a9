data = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(enumerate(data, 1))[:3], list(zip(data, data[1:]))[:3], list(reversed(data)))
print(list(map(lambda a, b: a - b, data, data[1:])), list(filter(lambda x: x > 3, data)))
it = iter(data)
print(next(it), next(it), list(zip(it, it)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
calls = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(calls), 0)))
e = enumerate("ab")
print(type(e).__name__, next(e), list(e))
m = map(str, range(3))
print(next(m), list(m), list(m))
print(sum(1 for _ in filter(None, [0, 1, 2, None, ""])), sorted(set(map(len, ["a", "bb", "cc"]))))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed("abc")), list(reversed(range(0, 10, 3))))
