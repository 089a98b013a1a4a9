# Backtracking and graph classics on fixed inputs: n-queens, sudoku, subsets/permutations,
# union-find Kruskal, Prim, Floyd-Warshall, topological sort, strongly connected components.
import heapq
import math

def n_queens(n):
    sols = []
    cols, d1, d2, board = set(), set(), set(), []
    def place(r):
        if r == n:
            sols.append(tuple(board)); return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return sols

for n in range(1, 9):
    s = n_queens(n)
    print(n, len(s), s[0] if s else None)
print("\n".join(" ".join("Q" if c == col else "." for c in range(6)) for col in n_queens(6)[0]))

puzzle = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
grid = [[int(puzzle[r * 9 + c]) for c in range(9)] for r in range(9)]
def ok(g, r, c, v):
    if any(g[r][j] == v for j in range(9)) or any(g[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
steps = 0
def solve(g):
    global steps
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v; steps += 1
                        if solve(g):
                            return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid), steps)
for row in grid:
    print("".join(map(str, row)))

def subsets(items):
    out = [[]]
    for x in items:
        out += [s + [x] for s in out]
    return out
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    return [[items[i]] + p for i in range(len(items)) for p in perms(items[:i] + items[i + 1:])]
print(len(subsets(list(range(10)))), sorted(subsets("abc")), len(perms(list(range(6)))), perms([1, 2, 3]))
target = 15
print([s for s in subsets([1, 3, 5, 7, 9, 11]) if sum(s) == target])

edges = []
seed = 12345
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
N = 60
for _ in range(300):
    u, v = lcg() % N, lcg() % N
    if u != v:
        edges.append((lcg() % 97 + 1, u, v))
parent = list(range(N)); rank = [0] * N
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]; x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    rank[ra] += rank[ra] == rank[rb]
    return True
mst = [(w, u, v) for w, u, v in sorted(edges) if union(u, v)]
print("kruskal", len(mst), sum(w for w, _, _ in mst), len({find(i) for i in range(N)}))
adj = {i: [] for i in range(N)}
for w, u, v in edges:
    adj[u].append((w, v)); adj[v].append((w, u))
seen = {0}; heap = list(adj[0]); heapq.heapify(heap); total = 0
while heap:
    w, v = heapq.heappop(heap)
    if v in seen:
        continue
    seen.add(v); total += w
    for e in adj[v]:
        if e[1] not in seen:
            heapq.heappush(heap, e)
print("prim", total, len(seen))

INF = math.inf
M = 25
dist = [[0 if i == j else INF for j in range(M)] for i in range(M)]
for w, u, v in edges:
    if u < M and v < M:
        dist[u][v] = min(dist[u][v], w)
for k in range(M):
    dk = dist[k]
    for i in range(M):
        dik = dist[i][k]
        if dik == INF:
            continue
        di = dist[i]
        for j in range(M):
            if dik + dk[j] < di[j]:
                di[j] = dik + dk[j]
reach = sum(1 for i in range(M) for j in range(M) if dist[i][j] < INF)
print("floyd", reach, max(d for row in dist for d in row if d < INF), dist[0][:10])

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app", "fmt"]}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
rev = {k: [] for k in deps}
for k, vs in deps.items():
    for v in vs:
        rev[v].append(k)
ready = sorted(k for k, d in indeg.items() if d == 0); order = []
while ready:
    k = ready.pop(0); order.append(k)
    for m in sorted(rev[k]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m); ready.sort()
print("topo", order)

g = {i: [] for i in range(N)}
for w, u, v in edges[:90]:
    g[u].append(v)
index = {}; low = {}; stack = []; on = set(); comps = []; counter = [0]
def strong(v):
    index[v] = low[v] = counter[0]; counter[0] += 1
    stack.append(v); on.add(v)
    for w in g[v]:
        if w not in index:
            strong(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        comps.append(sorted(comp))
for v in range(N):
    if v not in index:
        strong(v)
print("scc", len(comps), sorted(comps, key=lambda c: (-len(c), c))[:3])
