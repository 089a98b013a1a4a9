from functools import cache
@cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def shift():
    return depth(2000)
for f in (lambda: depth(2000), shift):
    depth.cache_clear()
    try:
        f()
    except RecursionError as e:
        print(e)
for f in (lambda: depth(2000), shift, lambda: shift()):
    depth.cache_clear()
    try:
        f()
    except RecursionError as e:
        print(e)
depth.cache_clear()
try:
    depth(3000)
except RecursionError as e:
    print(e)
import sys
from functools import lru_cache, cache
@cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
lo = 0
for n in range(400, 1000, 1):
    depth.cache_clear()
    try:
        depth(n)
    except RecursionError as e:
        print("max ok", n - 1, e)
        break
def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)
for n in range(900, 1100):
    try:
        plain(n)
    except RecursionError as e:
        print("plain max ok", n - 1, e)
        break
