"""__module__ of functions implemented natively: the accelerator module that defines them."""
import bisect
import heapq
import math
import sys

for f in (heapq.heappush, heapq.heappop, heapq.heapify, heapq.heapreplace, bisect.bisect_left,
          bisect.insort_right, len, print, sorted, math.sqrt, math.gcd, sys.exit):
    print(f.__name__, f.__module__)


def describe(func):
    return f"{func.__module__}.{func.__qualname__}"


print([describe(f) for f in (heapq.heappushpop, heapq.nlargest, bisect.bisect, max)])
