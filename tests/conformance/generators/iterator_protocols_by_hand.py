class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __contains__(self, x):
        print("contains called")
        return 0 < x <= self.start

c = Countdown(4)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c)

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), list(enumerate(OldStyle())))
it = iter(OldStyle())
print(type(it).__name__, next(it), list(it))

class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)))
f = Fib(5)
for x in f:
    if x == 2: break
print("resume", list(f))

def chunked(it, n):
    it = iter(it)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunked(range(10), 3)))

def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(i) for i in iters)
        except RuntimeError as e:
            print("RuntimeError", e)
            return
print(list(my_zip("abc", [1, 2])))
def my_zip2(*its):
    iters = [iter(i) for i in its]
    while True:
        out = []
        for i in iters:
            try:
                out.append(next(i))
            except StopIteration:
                return
        yield tuple(out)
print(list(my_zip2("abc", [1, 2])))

def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
print(list(accumulate([1, 2, 3, 4])), list(accumulate([], initial=5)), list(accumulate([3, 1, 4], max)))
def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + p
print(["".join(p) for p in permutations("abc")])
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
def tee(it, n=2):
    buf = [[] for _ in range(n)]
    it = iter(it)
    def gen(mine):
        while True:
            if not mine:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buf:
                    b.append(v)
            yield mine.pop(0)
    return [gen(b) for b in buf]
a, b = tee(range(4))
print(next(a), next(a), list(b), list(a))
import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain.from_iterable(["ab", "cd"])))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:3])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.pairwise("abcd")))
it = iter([1, 2, 3])
print(next(it), list(zip(it, it)))
print(next(iter([]), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
r = reversed([1, 2, 3])
print(r.__length_hint__(), list(r), type(r).__name__)
print(type(iter(lambda: 1, 1)).__name__, list(iter([3, 2, 1, 0].pop, 1)))
m = map(lambda x, y: x * y, [1, 2, 3], [4, 5])
print(list(m), list(m))
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True))
e = enumerate("ab", start=5)
print(next(e), list(e))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
