def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(15, fib()))
def evens(it):
    return (x for x in it if x % 2 == 0)
print(take(8, evens(fib())))
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
for v in countdown(3):
    print("got", v)
g = countdown(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
