# Errors from operators on instances of subclasses of built-in types name the subclasses.
class F(float): pass
class I(int): pass
class S(str): pass
class L(list): pass
for a, b in [(F(1), "x"), (I(2), None), (S("a"), 1), (L(), 3), ("x", F(2)), (1, L())]:
    try:
        a < b
    except TypeError as e:
        print(e)
    try:
        a + b
    except TypeError as e:
        print(e)
print(list.__lt__([], 3), [].__lt__(3), tuple.__lt__((), 1), [1] < [2], (1,) < (1, 2))
class L2(list): pass
print(L2([1]) < [2], [0] < L2([1]), sorted([L2([2]), L2([1])]))
try:
    L2([1]) < L2(["a"])
except TypeError as e:
    print(e)
