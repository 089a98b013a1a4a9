"""Deep recursion through plain calls: the limit, the message, and recovery afterwards."""
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)


print(depth(500))
print(count_down(900, 0))

def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)

# Recursion through a method and a default argument.
class Walker:
    def __init__(self):
        self.seen = 0

    def walk(self, n, step=1):
        self.seen += 1
        if n <= 0:
            return self.seen
        return self.walk(n - step)


w = Walker()
print(w.walk(300))
print(w.walk(301, 2))

try:
    Walker().walk(10 ** 6)
except RecursionError as e:
    print("method:", e)

# Mutual recursion, then the limit raised and lowered.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(400), is_odd(401), is_even(7))
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(old)
try:
    depth(2500)
except RecursionError as e:
    print("lowered again:", e)
print(depth(10))

# Catching RecursionError deep inside and continuing from there.
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


reached = probe(0)
print("probe stopped far down:", reached > 900)
print("still works:", depth(50))
