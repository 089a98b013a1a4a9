# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1)
print(1 + 2 << 3, 1 | 2 & 3, 1 ^ 3 | 4, 6 & 3 << 1)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(10 - 2 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 7 % 4 * 3, 7 * 4 % 3)
print(1 if True else 2 if False else 3, (lambda x: x * 2)(4) + 1)
print(-2 * -3, - - 4, ~-1, -~1, not not 0)
print("a" + "b" * 3, ("a" + "b") * 3, [1] * 2 + [3])
print(3 < 4 == True, (3 < 4) == True, 1 + 1 == 2 and 3 > 2)
x = [1, 2, 3]
print(x[1] ** 2, -x[0], x[-1] * x[-2])
print(5 // 2 * 2 + 5 % 2)
print(2 * 3 > 5 and "yes" or "no", 0 < 1 < 2)
