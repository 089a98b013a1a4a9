# `a, b = x, y` with as many values as targets: every value is evaluated, left to right,
# before any target is stored, and the targets are stored left to right.

log = []


def val(tag, v):
    log.append("eval " + tag)
    return v


class Rec:
    def __setattr__(self, name, value):
        log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)


class Box(list):
    def __setitem__(self, i, v):
        log.append(f"item {i}={v}")
        super().__setitem__(i, v)


a, b = 1, 2
a, b = b, a
print(a, b)
a, a = 1, 2
print(a)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
[p, q] = 5, 6
(m,) = (9,)
print(p, q, m)

r = Rec()
r.first, r.second = val("one", 1), val("two", 2)
print(log)
log.clear()
box = Box([0, 0, 0])
box[0], box[2], box[1] = val("a", "A"), val("b", "B"), val("c", "C")
print(log, box)
log.clear()

i = 0
i, box[i] = 1, "moved"
print(i, box)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(k) for k in range(12)], fib(90))

lst = [3, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

try:
    a, b = val("left", 1), val("boom", 1) // 0
except ZeroDivisionError as e:
    print("error:", e, log, a, b)
