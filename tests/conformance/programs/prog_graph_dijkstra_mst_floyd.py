import heapq
from collections import defaultdict, deque

def parse(text):
    g = defaultdict(list)
    for line in text.strip().splitlines():
        a, b, w = line.split()
        g[a].append((b, int(w)))
        g[b].append((a, int(w)))
    return g

EDGES = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, t):
    out = [t]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def bfs_components(g):
    seen, comps = set(), []
    for s in sorted(g):
        if s in seen: continue
        q = deque([s]); seen.add(s); comp = []
        while q:
            u = q.popleft(); comp.append(u)
            for v, _ in g[u]:
                if v not in seen:
                    seen.add(v); q.append(v)
        comps.append(sorted(comp))
    return comps

def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
            indeg[v] += 1
    q = deque(sorted(k for k, d in indeg.items() if d == 0))
    order = []
    while q:
        u = q.popleft(); order.append(u)
        for v in sorted(deps.get(u, ())):
            indeg[v] -= 1
            if indeg[v] == 0: q.append(v)
    if len(order) != len(indeg):
        raise ValueError("cycle detected")
    return order

def kruskal(g):
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    edges = sorted({(w, min(a, b), max(a, b)) for a in g for b, w in g[a]})
    mst = []
    for w, a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            mst.append((a, b, w))
    return mst

g = parse(EDGES)
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:3d} via {'->'.join(path(prev, node))}")
print(bfs_components(g))
print(topo({"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("err:", e)
mst = kruskal(g)
print(mst, sum(w for *_, w in mst))
# floyd warshall
nodes = sorted(g)
INF = float('inf')
D = [[0 if i == j else INF for j in nodes] for i in nodes]
idx = {n: i for i, n in enumerate(nodes)}
for a in g:
    for b, w in g[a]:
        D[idx[a]][idx[b]] = min(D[idx[a]][idx[b]], w)
for k in range(len(nodes)):
    for i in range(len(nodes)):
        for j in range(len(nodes)):
            if D[i][k] + D[k][j] < D[i][j]:
                D[i][j] = D[i][k] + D[k][j]
print("   " + "".join(f"{n:>5}" for n in nodes))
for n, row in zip(nodes, D):
    print(f"{n:>3}" + "".join(f"{x:>5}" if x != INF else "  inf" for x in row))
print(D[0][6], D[0][6] == INF, str(INF), -INF)
