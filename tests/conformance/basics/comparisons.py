# Comparison operators and chaining.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
print(3 > 2 > 1 > 0, 3 > 2 > 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4))
print(calls)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
print([] == [], [1] != [1], (1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
lst_none = [1]
print(None is None, None == None, lst_none is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print(2 in [1, 2, 3], 5 not in (1, 2), "ell" in "hello", 3 in {3: "x"})
print(max(3, 7) if 3 < 7 else min(3, 7))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
