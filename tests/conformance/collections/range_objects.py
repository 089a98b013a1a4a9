r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], list(r[::-1]), 11 in r, 12 in r, r.index(15), r.count(7))
print(list(range(5)), list(range(-3)), list(range(10, 0, -3)), list(range(0)), range(0) == range(5, 5))
print(range(0, 10, 2) == range(0, 9, 2), len(range(10 ** 12)), range(10 ** 12)[-1], bool(range(0)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(1, 101)), max(range(7)), list(reversed(range(4))), range(5).start, range(5).stop, range(5).step)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
