GRAPH = {
    "A": ["B", "C"], "B": ["A", "D", "E"], "C": ["A", "F"], "D": ["B"],
    "E": ["B", "F"], "F": ["C", "E", "G"], "G": ["F"], "H": [],
}
def bfs(g, start, goal):
    queue, prev = [start], {start: None}
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nb in g[node]:
            if nb not in prev:
                prev[nb] = node
                queue.append(nb)
    return None
def dfs_order(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        order.append(n)
        stack.extend(reversed(g[n]))
    return order
def components(g):
    seen, comps = set(), []
    for n in sorted(g):
        if n not in seen:
            comp = dfs_order(g, n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(bfs(GRAPH, "A", "G"), bfs(GRAPH, "D", "C"), bfs(GRAPH, "A", "H"))
print(dfs_order(GRAPH, "A"), components(GRAPH))
W = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8, "d": 5}, "c": {"t": 2}, "d": {"t": 6}, "t": {}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    dist[src] = 0
    prev = {}
    todo = set(g)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra(W, "s")
print(sorted(dist.items()))
node, path = "t", []
while node != "s":
    path.append(node)
    node = prev[node]
print(["s"] + path[::-1])
def topo(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done": return
        if state.get(n) == "active": raise ValueError(f"cycle at {n}")
        state[n] = "active"
        for d in sorted(deps.get(n, [])):
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)
