# Assignment forms: chained, tuple unpacking, starred, swaps.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *middle, last = range(8)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [10]
print(head, rest)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("ann", 91), ("bob", 78)]):
    print(i, name, score)
nums = [0, 0, 0]
i = 0
i, nums[i] = 2, 99
print(i, nums)
data = {"k": [1, 2]}
data["k"][0], data["k"][1] = data["k"][1], data["k"][0]
print(data)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(b)
