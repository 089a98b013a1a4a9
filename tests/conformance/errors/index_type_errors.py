"""Indexing sequences with objects that are not integers: __index__ is the only way in."""
class OnlyInt:
    def __int__(self): return 1
class MyInt(int): pass
class Idx:
    def __index__(self): return 1
for seq in ([1, 2], (1, 2), "ab", range(3), b"ab", bytearray(b"ab")):
    for k in (OnlyInt(), MyInt(1), Idx(), 1.0, "1", None):
        try:
            print(type(seq).__name__, type(k).__name__, seq[k])
        except (TypeError, IndexError) as e:
            print(type(seq).__name__, type(k).__name__, type(e).__name__, e)
from collections import deque
try:
    deque([1])[OnlyInt()]
except TypeError as e:
    print(e)
