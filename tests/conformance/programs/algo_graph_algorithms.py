import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError
from functools import lru_cache
import bisect

def make_graph(n, seed):
    edges = []
    x = seed
    for i in range(n):
        for _ in range(3):
            x = (x * 1103515245 + 12345) % (2**31)
            j = x % n
            w = (x >> 8) % 100 + 1
            if j != i:
                edges.append((i, j, w))
    return edges

N = 3000
edges = make_graph(N, 7)
adj = defaultdict(list)
for u, v, w in edges:
    adj[u].append((v, w)); adj[v].append((u, w))

def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist

d = dijkstra(0)
print(len(d), max(d.values()), sum(d.values()), sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

def bfs(src):
    seen = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in adj[u]:
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen
b = bfs(0)
levels = defaultdict(int)
for v in b.values():
    levels[v] += 1
print(sorted(levels.items()))

parent = list(range(N)); rank = [0] * N
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb: return False
    if rank[ra] < rank[rb]: ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]: rank[ra] += 1
    return True
mst = 0; used = 0
for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
    if union(u, v):
        mst += w; used += 1
print("kruskal", mst, used)

# prim
seen = {0}; pq = [(w, v) for v, w in adj[0]]; heapq.heapify(pq); total = 0
while pq and len(seen) < N:
    w, v = heapq.heappop(pq)
    if v in seen: continue
    seen.add(v); total += w
    for x, wx in adj[v]:
        if x not in seen:
            heapq.heappush(pq, (wx, x))
print("prim", total, len(seen))

# DFS iterative with discovery/finish times, SCC (Tarjan) on directed graph
dadj = defaultdict(list)
for u, v, w in edges[:4000]:
    dadj[u].append(v)
def tarjan(n):
    index = 0; stack = []; on = [False]*n; idx = [-1]*n; low = [0]*n; comps = []
    for s in range(n):
        if idx[s] != -1: continue
        work = [(s, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                idx[v] = low[v] = index; index += 1; stack.append(v); on[v] = True
            recurse = False
            nbrs = dadj[v]
            while i < len(nbrs):
                w = nbrs[i]; i += 1
                if idx[w] == -1:
                    work.append((v, i)); work.append((w, 0)); recurse = True; break
                elif on[w]:
                    low[v] = min(low[v], idx[w])
            if recurse: continue
            if low[v] == idx[v]:
                comp = []
                while True:
                    w = stack.pop(); on[w] = False; comp.append(w)
                    if w == v: break
                comps.append(comp)
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
    return comps
comps = tarjan(N)
sizes = sorted((len(c) for c in comps), reverse=True)
print("scc", len(comps), sizes[:5])

ts = TopologicalSorter()
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
for k, v in deps.items():
    ts.add(k, *v)
print(list(TopologicalSorter(deps).static_order()))
ts.prepare()
order = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    order.append(ready)
    ts.done(*ready)
print(order)
try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).static_order())
except CycleError as e:
    print("cycle", e.args[0], e.args[1])

# Kahn
indeg = defaultdict(int); g2 = defaultdict(list)
for k, v in deps.items():
    indeg.setdefault(k, 0)
    for d_ in v:
        g2[d_].append(k); indeg[k] += 1
q = deque(sorted(k for k in indeg if indeg[k] == 0)); out = []
while q:
    u = q.popleft(); out.append(u)
    for v in sorted(g2[u]):
        indeg[v] -= 1
        if indeg[v] == 0: q.append(v)
print(out)

# Floyd-Warshall on small graph
INF = float('inf')
n = 60
dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
for u, v, w in edges:
    if u < n and v < n:
        dist[u][v] = min(dist[u][v], w)
for k in range(n):
    dk = dist[k]
    for i in range(n):
        di = dist[i]; dik = di[k]
        if dik == INF: continue
        for j in range(n):
            nd = dik + dk[j]
            if nd < di[j]: di[j] = nd
reach = sum(1 for i in range(n) for j in range(n) if dist[i][j] < INF)
print("fw", reach, max(x for row in dist for x in row if x < INF))
print(heapq.nsmallest(5, d.values()), heapq.nlargest(3, d.items(), key=lambda kv: kv[1]), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
sd = sorted(d.values())
print(bisect.bisect_left(sd, 100), bisect.bisect_right(sd, 100), bisect.bisect(sd, 50))
recs = sorted([(w, u) for u, v, w in edges[:50]])
print(bisect.bisect_left(recs, 50, key=lambda r: r[0]), bisect.bisect_right(recs, 50, key=lambda r: r[0]))
bisect.insort(recs, (50, -1), key=lambda r: r[0]); print(recs[bisect.bisect_left(recs, 50, key=lambda r: r[0]):][:4])
