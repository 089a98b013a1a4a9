# Iterating a dict while swapping keys: same size, different keys.
def run(label, d, body):
    seen = []
    try:
        for k in d:
            seen.append(k)
            body(d, k)
        print(label, "finished", seen, d)
    except RuntimeError as e:
        print(label, "stopped after", seen, "->", e)


def swap(d, k):
    d.pop(k)
    d[k + 5] = 1


run("one key", {1: 1}, swap)
run("two keys", {1: 1, 2: 2}, swap)
run("grow", {1: 1}, lambda d, k: d.__setitem__(k + 1, 0))
run("shrink", {1: 1, 2: 2}, lambda d, k: d.pop(2, None))
run("values only", {1: 1, 2: 2}, lambda d, k: d.__setitem__(k, k * 10))

d = {"a": 1}
try:
    for v in d.values():
        d.clear()
        d["b"] = 2
except RuntimeError as e:
    print("values view:", e)

d = {"x": 1, "y": 2}
try:
    for k, v in d.items():
        del d[k]
        d[k * 2] = v
except RuntimeError as e:
    print("items view:", e, sorted(d))

# Emptying and refilling a dict between loops is fine.
q = {}
for i in range(5):
    q[i] = i
    del q[i]
q["z"] = 26
print(q, list(q), len(q))
for k in list(q):
    del q[k]
print(q, len(q), list(q.items()))
