def gen(n):
    for i in range(n):
        yield i * 10
print(list(zip([1, 2, 3], "abc", range(3))))
print(list(zip([1, 2, 3], gen(2), "xyz")))
print(list(zip(gen(3), [1, 2], "xyz")))
print(list(zip("ab", gen(5))))
print(list(zip()), list(zip([])), list(zip([1], [])))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(it))
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1], gen(2)), (gen(1), [1, 2]), ("ab", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(enumerate("abc", 10**18 * 9)), list(enumerate(gen(3), -2)), list(enumerate(b"hi")), list(enumerate(bytearray(b"yo"), start=True)))
print(list(enumerate(range(9223372036854775806, 9223372036854775809), 9223372036854775806)))
e = enumerate([1, 2, 3]); next(e); print(list(e), list(e))
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i == 0: lst.append(4)
    if i > 5: break
print(lst)
for a, b in zip(lst, lst[1:]):
    print(a, b, end="; ")
print()
s = "héllo wörld"
print(list(zip(s, s[1:]))[:4], list(enumerate(s))[-2:], list(zip(range(3), range(10, 20, 4), range(5, 0, -2))))
class Src:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(zip([7, 8, 9, 10], Src())), list(enumerate(Src())), dict(zip("abc", Src())))
print(sum(a * b for a, b in zip(range(100), range(100, 0, -1))), max(enumerate([3, 9, 2]), key=lambda t: t[1]))
