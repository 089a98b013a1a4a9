"""functools in a small data pipeline: lru_cache statistics, partial objects and their repr,
reduce, singledispatch on several types, cached_property, wraps-preserving decorators,
cmp_to_key sorting and total_ordering."""
import functools
from functools import (lru_cache, cache, partial, reduce, singledispatch, singledispatchmethod,
                       cached_property, wraps, cmp_to_key, total_ordering, update_wrapper)
import operator


@lru_cache(maxsize=4)
def slow_square(n):
    return n * n


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=None, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


print("== lru_cache")
for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
print(fib(80), fib.cache_info())
print(describe(1), describe(1.0), describe(True), describe.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.__wrapped__(7), slow_square.cache_parameters())
print(slow_square.__name__, fib.__qualname__)
try:
    slow_square([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print("TypeError:", e)

print("== partial")


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10), two_to(exp=5))
print(repr(square).replace(hex(id(power)), 'ID').split(' at ')[0])
print(square.func is power, square.args, square.keywords, two_to.args)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
int_base2 = partial(int, base=2)
print(int_base2('1011'), repr(int_base2), list(map(partial(operator.mul, 3), [1, 2, 3])))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)

print("== reduce")
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, w: acc + [len(w)], ['ab', 'cde', ''], []))
print(reduce(max, [3, 9, 2], 0), reduce(operator.or_, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

print("== singledispatch")


@singledispatch
def render(obj):
    return f"<object {type(obj).__name__}>"


@render.register
def _(obj: int):
    return f"int({obj})"


@render.register(float)
def _(obj):
    return f"float({obj:.1f})"


@render.register(list)
@render.register(tuple)
def _(obj):
    return "[" + ", ".join(render(x) for x in obj) + "]"


@render.register
def _(obj: dict):
    return "{" + ", ".join(f"{k}: {render(v)}" for k, v in obj.items()) + "}"


print(render(3), render(2.5), render([1, (2.0, 'x')]), render({'a': [1]}), render(True), render(None))
print(render.dispatch(bool).__name__ == render.dispatch(int).__name__, sorted(t.__name__ for t in render.registry))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "other"

    @fmt.register
    def _(self, arg: str):
        return f"str {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"


f = Formatter()
print(f.fmt('x'), f.fmt(5), f.fmt(1.5))

print("== cached_property")


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {'n': n, 'mean': mean, 'max': max(self.values)}


ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.stats['mean'], ds.computed)
del ds.stats
print(ds.stats['n'], ds.computed, 'stats' in vars(ds))
print(type(Dataset.__dict__['stats']).__name__, Dataset.stats.attrname)

print("== wraps")


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


def plain():
    pass


def other():
    "doc"


update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)

print("== cmp_to_key and total_ordering")


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
k = cmp_to_key(by_len_then_alpha)
print(k('ab') < k('abc'), k('b') == k('b'), k('b') >= k('a'))


@total_ordering
class Grade:
    ORDER = 'FDCBA'

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.ORDER.index(self.letter) < self.ORDER.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter})"


grades = [Grade(c) for c in 'BAFCD']
print(sorted(grades), Grade('A') > Grade('B'), Grade('C') >= Grade('C'), Grade('D') <= Grade('F'))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
