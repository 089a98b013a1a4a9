# TopologicalSorter step by step: batches, done() order, every misuse error, repeated
# predecessors, cycles (which nodes are reported), and static_order on several shapes.
from graphlib import TopologicalSorter, CycleError


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


ts = TopologicalSorter({"d": ["b", "c"], "b": ["a"], "c": ["a"], "e": []})
attempt("get_ready early", ts.get_ready)
attempt("is_active early", ts.is_active)
attempt("done early", lambda: ts.done("a"))
attempt("bool early", lambda: bool(ts))
ts.add("f", "e", "e")
ts.prepare()
attempt("prepare twice", ts.prepare)
attempt("add late", lambda: ts.add("z"))
print(ts.is_active(), bool(ts))
first = ts.get_ready()
print("ready", first, ts.get_ready())
attempt("done unknown", lambda: ts.done("zz"))
attempt("done not ready", lambda: ts.done("d"))
ts.done("a")
attempt("done twice", lambda: ts.done("a"))
print("ready", ts.get_ready())
ts.done("e")
print("ready", ts.get_ready(), ts.is_active())
ts.done("c", "f")
attempt("done mixed", lambda: ts.done("b", "d"))
print("ready", ts.get_ready(), ts.is_active())
ts.done("d")
print("active", ts.is_active(), bool(ts), ts.get_ready())

print("-- cycles")
for graph in [{"a": ["a"]}, {"a": ["b"], "b": ["a"]}, {1: [2], 2: [3], 3: [1], 0: [1]},
              {"x": ["y"], "y": ["z"], "z": ["w", "x"], "w": []},
              {"p": ["q", "r"], "q": ["r"], "r": ["p"]}]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print(type(e).__mro__[1].__name__, e.args[0], e.args[1])
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        print("static_order:", e.args[1])

print("-- static orders")
for graph in [{}, {"only": []}, {"b": ["a"], "c": ["a", "b"], "a": []},
              {3: [1, 2], 2: [1], 4: [], 5: [4, 3]}, {"x": ("y", "y")},
              {n: [n - 1] for n in range(1, 12)}]:
    print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
for node, preds in [("build", ["fetch", "configure"]), ("configure", ["fetch"]),
                    ("test", ["build"]), ("docs", ["configure"]), ("release", ["test", "docs"])]:
    ts.add(node, *preds)
print(tuple(ts.static_order()))
attempt("graph not a mapping", lambda: TopologicalSorter([("a", [])]))
print(TopologicalSorter[str])
