import itertools
from itertools import chain
print(list(chain("ab", [1, 2], (), range(3))), list(chain()))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable([x] * x for x in range(4))))
c = chain([1], [2])
print(iter(c) is c, type(c).__name__, next(c), next(c))
try:
    next(c)
except StopIteration:
    print("stop")
print(list(c))
for bad in [lambda: chain(x=1), lambda: list(chain(1)), lambda: list(chain([1], 2)),
            lambda: chain.from_iterable(5), lambda: list(chain.from_iterable([1])),
            lambda: chain.from_iterable(), lambda: chain.from_iterable(1, 2)]:
    try:
        print("ok", list(bad()))
    except TypeError as e:
        print("TypeError", e)
c = chain([1], 2, [3])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))
class MyChain(chain):
    pass
m = MyChain.from_iterable(["xy", "z"])
print(type(m).__name__, list(m), isinstance(m, chain))
print(sum(chain(*[range(i) for i in range(10)])))
print(chain.__name__, chain.from_iterable.__name__)
