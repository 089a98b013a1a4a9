"""itertools combinatorics: permutations, combinations, combinations_with_replacement and
product, in puzzles and at their edges (empty pools, r past the pool, argument errors)."""
from itertools import *
tests = [
 "permutations()", "permutations(None)", "permutations([1],'x')", "permutations([1],-1)", "permutations([1], r=2.0)",
 "permutations(iterable=[1,2], r=1)", "permutations([1], a=1)", "permutations([1],1,2)",
 "combinations([1])", "combinations([1],'x')", "combinations([1],-1)", "combinations(iterable=[1,2], r=1)", "combinations([1], 1, 2)", "combinations(5, 1)",
 "combinations_with_replacement([1],-1)", "combinations_with_replacement([1])",
 "product(1)", "product([1], repeat=-1)", "product([1], repeat='x')", "product([1], foo=1)", "product(repeat=2)", "product()",
 "permutations([1,2]).__next__()", "type(permutations([1]))", "repr(type(product()))", "permutations.__module__", "iter(permutations([1,2]))", "next(combinations([1,2],3))",
 "list(permutations('abc', 2))", "list(combinations_with_replacement('ab', 3))", "list(product('ab', [0,1], repeat=2))[:5]",
 "list(permutations([], 0))", "list(combinations([], 0))", "list(combinations_with_replacement([], 0))", "list(combinations_with_replacement([], 1))", "list(product([], [1]))",
 "permutations([1], None)", "len(list(permutations(range(5), 6)))", "permutations([1],True)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", r if not hasattr(r, "__next__") else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

# TO + GO = OUT, by brute force over digit permutations.
def solve():
    letters = "TOGU"
    found = []
    for perm in permutations(range(10), len(letters)):
        v = dict(zip(letters, perm))
        if v["T"] == 0 or v["G"] == 0 or v["O"] == 0:
            continue
        num = lambda w: int("".join(str(v[c]) for c in w))
        if num("TO") + num("GO") == num("OUT"):
            found.append((num("TO"), num("GO"), num("OUT")))
    return found
print(solve())

coins = [1, 2, 5, 10, 20, 50]
ways = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == 30]
print(len(ways), ways)
print(sum(1 for c in combinations_with_replacement(coins, 3) if sum(c) == 30))
grid = {(x, y) for x, y in product(range(4), repeat=2) if (x + y) % 3}
print(len(grid), sorted(grid)[:6], list(product("ab", repeat=0)), list(product()))
it = permutations("xyz")
print(next(it), next(it), list(it), list(it), next(it, "done"))
c = combinations(range(5), 2)
print(iter(c) is c, type(c).__module__, type(c).__qualname__, isinstance(c, combinations))
print(len(list(combinations(range(30), 3))), len(list(permutations(range(6), 4))))
print(list(permutations([[1], [2]]))[1], [p for p in permutations((1, 1, 2)) if p[0] == 1])
print(list(product(range(2), "ab", [None])))
len(permutations([1, 2]))
