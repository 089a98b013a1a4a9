"""Graph search: Dijkstra with heapq and BFS with deque over a random sparse graph."""
import heapq
from collections import deque, defaultdict
import random
random.seed(1)
N = 4000
adj = defaultdict(list)
for u in range(N):
    for _ in range(5):
        v = random.randrange(N)
        w = random.randint(1, 20)
        adj[u].append((v, w))
        adj[v].append((u, w))
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
def bfs(src):
    seen = {src}
    q = deque([src])
    order = 0
    while q:
        u = q.popleft()
        order += 1
        for v, _ in adj[u]:
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
tot = 0
for s in range(0, 40, 8):
    d = dijkstra(s)
    tot += sum(d.values()) % 1000003
    tot += bfs(s)
print(tot)
