# Sorting with functools.cmp_to_key: orders, reverse, odd comparison results, errors.
from functools import cmp_to_key
import functools
def cmp(a, b):
    return (a % 7 - b % 7) or (a - b)
xs = list(range(3000, 0, -1))
print(sorted(xs, key=cmp_to_key(cmp))[:8], sorted(xs, key=cmp_to_key(cmp), reverse=True)[:8])
words = ["pear", "Apple", "fig", "banana", "kiwi", "Date", "cherry"] * 20
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a.lower() > b.lower()) - (a.lower() < b.lower())
ws = sorted(words, key=cmp_to_key(by_len_then_alpha))
print(ws[:10], ws == sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted([3.5, 1.25, 2.0], key=cmp_to_key(lambda a, b: a - b)))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o
def weird(a, b):
    return R(a - b)
print(sorted([5, 3, 9, 1], key=cmp_to_key(weird)))
def bad(a, b):
    if a == 2: raise ValueError("no twos")
    return a - b
try:
    sorted([1, 2, 3, 0], key=cmp_to_key(bad))
except ValueError as e:
    print("ValueError", e)
try:
    sorted([1, 2, 3], key=cmp_to_key(lambda a, b: "x"))
except TypeError as e:
    print("TypeError", e)
k = cmp_to_key(cmp)
print(k(3) < k(10), k(3) > k(10), k(7) == k(7))
lst = [4, 1, 3]
lst.sort(key=cmp_to_key(lambda a, b: b - a))
print(lst, min([4, 1, 3], key=cmp_to_key(cmp)), max([4, 1, 3], key=cmp_to_key(cmp)))
