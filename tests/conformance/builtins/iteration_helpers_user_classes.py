# Builtins: iteration helpers and their interplay with user classes
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k; k -= 1
    def __len__(self): return self.n
    def __reversed__(self): return iter(range(1, self.n + 1))
cd = Countdown(4)
print(list(cd), list(reversed(cd)), sorted(cd), sum(cd), max(cd), min(cd, key=lambda x: -x), len(cd), 3 in cd, list(enumerate(cd, 1)))
print(list(zip(cd, 'abcd')), dict(zip('xy', cd)), list(map(pow, cd, [2, 2])), list(filter(lambda x: x % 2, cd)), any(x > 3 for x in cd), all(cd))
calls = []
def probe(x): calls.append(x); return x
print(any(probe(x) for x in [0, 0, 3, 4]), calls); calls.clear()
print(all(probe(x) for x in [1, 0, 3]), calls)
data = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(lambda: next(data), 'STOP')), next(data), next(data, 'done'))
class Reader:
    def __init__(self, chunks): self.chunks = list(chunks)
    def read(self): return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd'])
print([c for c in iter(r.read, '')])
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=str.lower, reverse=True))
print(max(words, key=len), min(words), max([], default='none'), min([3, 1, 2], default=0), max(3, 1, 2), max('abc'), min((1, 'b'), (1, 'a')))
print(sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum((x * x for x in range(10)), 100), round(sum([0.1] * 3), 10))
print(list(zip(*[(1, 'a'), (2, 'b')])), list(zip()), list(zip([1, 2, 3], [4, 5])), list(map(lambda *a: a, 'ab', 'cde')))
e = enumerate('xyz'); print(next(e), list(e), list(enumerate([], 5)))
it = iter([1, 2, 3]); print(next(it), list(it), list(it), next(it, None))
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(0, 10, 3))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
    def __len__(self): return 3
print(list(reversed(Seq())), list(Seq()), 4 in Seq(), sorted(Seq(), reverse=True), [*Seq(), *'ab'])
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), pow(2, -2), abs(-7), abs(-2.5), round(2.567, 2), round(-1.5), round(7, -1), round(15, -1), round(25, -1))
print(bin(10), oct(64), hex(255), int('ff', 16), int('0b101', 0), chr(9731), ord('☃'), ascii('naïve ☃'), repr('tab\there'), format(1234.5, ',.1f'), format(0.25, '%'))
print(isinstance(True, int), isinstance(1, (str, (bytes, int))), issubclass(bool, (str, int)), callable(Countdown), callable(cd), hasattr(cd, 'n'), getattr(cd, 'zz', 'dflt'))
print(list(map(int, '123')), list(map(str.upper, ['a'])), ''.join(map(chr, range(97, 100))), tuple(filter(None, (0, '', None, 5, 'x'))))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), type(hash('x')).__name__)
print(slice(1, 10, 2).indices(5), range(10)[slice(2, 8, 3)], 'abcdef'[slice(None, None, -2)], list(range(5))[::-1][1:3])
nums = [5, 3, 8, 1]
nums.sort(key=lambda x: -x); print(nums, sorted(nums) is not nums, list(sorted(nums)) == sorted(nums))
print(vars(type('V', (), {'a': 1}))['a'], dir(type('V2', (), {'zz': 1, 'aa': 2}))[-2:])
