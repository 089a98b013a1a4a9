import functools
class P:
    def __init__(s, k): s.k = k
    def __lt__(s, o):
        if not isinstance(o, P): return NotImplemented
        return s.k < o.k
    def __eq__(s, o):
        if not isinstance(o, P): return NotImplemented
        return s.k == o.k
    def __gt__(s, o):
        if isinstance(o, int): return s.k > o
        return NotImplemented
    def __repr__(s): return f"P({s.k})"
ps = [P(3), P(1), P(2)]
print(sorted(ps), min(ps), max(ps), P(1) < P(2), P(2) < P(1))
print(P(1) == P(1), P(1) != P(1), P(1) == 1, P(1) != 2, P(1) == "x")
print(P(5) > 3, 3 < P(5))
try: P(1) < 3
except TypeError as e: print(e)
try: P(1) <= P(2)
except TypeError as e: print(e)
class Q(P):
    def __gt__(s, o): return "Q.gt"
print(P(1) < Q(2))
class Cnt:
    calls = 0
    def __eq__(s, o):
        Cnt.calls += 1
        return NotImplemented
c = Cnt()
print(c == c, c != c, c == 1, Cnt.calls)
class Weird:
    def __lt__(s, o): return [1]
    def __le__(s, o): return []
w = Weird()
print(w < w, w <= w)
if w < w: print("truthy list")
if not (w <= w): print("falsy list")
while w <= w: break
else: print("while else")
import heapq
h = []
for k in [5, 3, 8, 1]: heapq.heappush(h, P(k))
print([heapq.heappop(h) for _ in range(4)])
@functools.total_ordering
class T:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class E:
    def __lt__(s, o): raise KeyError("boom")
try: E() < E()
except KeyError as e: print("err", e)
