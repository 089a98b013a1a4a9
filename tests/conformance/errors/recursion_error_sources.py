# RecursionError from deep recursion, __eq__, __repr__, properties, __getattr__ and nested
# containers; recursive containers print with ..., json refuses a circular structure.
import json
import sys
def fact(n):
    return n * fact(n - 1) if n else 1
try:
    fact(100000)
except RecursionError as e:
    print("rec:", e)
class Node:
    def __init__(self): self.next = self
    def __eq__(self, o): return self.next == o.next
try:
    Node() == Node()
except RecursionError as e:
    print("eq:", e)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)
l = []
for i in range(100000):
    l = [l]
try:
    s = str(l)
except RecursionError as e:
    print("str nested:", e)
class A:
    @property
    def x(self): return self.x
try:
    A().x
except RecursionError as e:
    print("prop:", e)
class G:
    def __getattr__(self, n): return self.missing
try:
    G().foo
except RecursionError as e:
    print("getattr:", e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", e)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit("a")
except TypeError as e:
    print(e)
d = {}
d["self"] = d
print(d)
l2 = [1]; l2.append(l2); print(l2)
try:
    json.dumps(l2)
except ValueError as e:
    print("json:", e)
deep = {}
cur = deep
for i in range(5000):
    cur["a"] = {}
    cur = cur["a"]
try:
    json.dumps(deep)
except RecursionError as e:
    print("json deep:", e)
print("done")
