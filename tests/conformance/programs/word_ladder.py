WORDS = """cold cord card ward warm word worm wore core care cane lane line fine fire hire here hare
bare bore more mare male mole hole hold bold gold golf wolf wold weld held help yelp""".split()
def neighbors(w, words):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in words:
                    yield cand
def ladder(start, goal):
    words = set(WORDS)
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbors(w, words)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            path = [goal]
            while prev[path[-1]]:
                path.append(prev[path[-1]])
            return path[::-1]
        frontier = nxt
    return None
for a, b in [("cold", "warm"), ("gold", "help"), ("fire", "hole"), ("cold", "cold"), ("wolf", "line")]:
    print(a, b, ladder(a, b))
