import sys
from functools import lru_cache
sys.setrecursionlimit(20000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
@lru_cache(None)
def f(n): return n if n < 2 else f(n - 1) + f(n - 2)
print(f(5000) % 10**9)
adj = {i: [i + 1] for i in range(12000)}; adj[12000] = []
seen = set()
def dfs(u):
    seen.add(u)
    for v in adj[u]:
        if v not in seen: dfs(v)
dfs(0); print(len(seen))
sys.setrecursionlimit(1000)
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
def g(n): return g(n + 1) + 1
g(0)
