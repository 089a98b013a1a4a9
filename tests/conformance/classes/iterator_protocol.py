class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self): return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), list(c), sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), list(it), list(it), next(it, "done"))
class Fib:
    def __init__(self, limit): self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit: raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(100)))
for i, x in zip(range(3), Fib(10 ** 9)):
    print(i, x)
a, b, *rest = Countdown(5)
print(a, b, rest, dict(zip("abc", Countdown(3))), 2 in Countdown(3))
