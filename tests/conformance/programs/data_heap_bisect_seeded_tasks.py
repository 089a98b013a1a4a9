import heapq, bisect
from dataclasses import dataclass, field
import random

random.seed(42)
nums = [random.randint(1, 100) for _ in range(15)]
print(nums)
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums))
h = []
for n in nums:
    heapq.heappush(h, n)
print([heapq.heappop(h) for _ in range(5)])
heapq.heapify(nums); print(nums[:5])
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 1000))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge(['b', 'ccc'], ['aa', 'dddd'], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=lambda w: (len(w), w)))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, 'write'), Task(1, 'plan'), Task(2, 'code'), Task(1, 'coffee')]
heapq.heapify(tasks)
while tasks:
    t = heapq.heappop(tasks)
    print(t)

grades = [60, 70, 80, 90]
def grade(score, letters='FDCBA'):
    return letters[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, 0, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (5, 'b'), (9, 'c')]
print(bisect.bisect_left(recs, 5, key=lambda r: r[0]))
bisect.insort(recs, (7, 'x'), key=lambda r: r[0]); print(recs)
print(random.random(), random.uniform(1, 2), random.choice(words), random.sample(range(100), 5))
random.shuffle(words); print(words)
print(random.choices('abc', weights=[5, 1, 1], k=8), random.randrange(0, 100, 7), random.getrandbits(20))
print(random.gauss(0, 1), random.triangular(), random.betavariate(2, 3), random.expovariate(1.5))
rng = random.Random(7)
print([rng.randint(1, 6) for _ in range(10)], rng.random())
print(random.Random("abc").random(), random.Random(b"abc").random(), random.Random(3.5).random())
st = rng.getstate(); x = rng.random(); rng.setstate(st); print(x == rng.random())
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
