import math
print(1 < 1.5, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, -(2**60) < -1e18, 3 == 3.0, 1 < math.nan, 1 != math.nan, 1 < math.inf, -5 > -math.inf)
print(True < 2, 2 > False, True == 1, 10**30 > 10**29, 10**30 > 5, 5 < 10**30, True < 10**20)
a = [1, [2, 3]]; b = [1, [2, 4]]
print(a < b, a == b, a != b, [1, 2] < [1, 2, 3], [] < [0], [3] > [2, 9], [1.0, 2] == [1, 2.0])
class Mut:
    def __init__(s, lst): s.lst = lst
    def __eq__(s, o):
        s.lst.clear()
        return False
    def __lt__(s, o): return True
x = []; y = [0]
x.append(Mut(x)); y[0] = 5
print(x < [Mut([]), 1], len(x))
l = [1]; l.append(l)
try: print(l < l)
except RecursionError as e: print("RecursionError", e)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), max([[1, 2], [1, 3]]))
print(sorted([3, 1.5, True, 2**70, -2.5, 0]))
