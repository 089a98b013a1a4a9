n = 10
for op, val in [("+=", 5), ("-=", 3), ("*=", 4), ("//=", 5), ("%=", 7), ("**=", 3), ("<<=", 2), (">>=", 1), ("&=", 0xF0), ("|=", 0x0F), ("^=", 0xFF)]:
    if op == "+=": n += val
    elif op == "-=": n -= val
    elif op == "*=": n *= val
    elif op == "//=": n //= val
    elif op == "%=": n %= val
    elif op == "**=": n **= val
    elif op == "<<=": n <<= val
    elif op == ">>=": n >>= val
    elif op == "&=": n &= val
    elif op == "|=": n |= val
    elif op == "^=": n ^= val
    print(f"n {op} {val:<4} -> {n}")
f = 1.5
f /= 2; f **= 2; f -= 0.0625
print(f)
s = "ab"; s *= 3; s += "!"
print(s)
lst = [1]; lst *= 3; lst += [2]
print(lst)
d = {"count": 0}
for _ in range(5): d["count"] += 2
print(d)
class C: pass
c = C(); c.total = 1
c.total *= 10; c.total -= 3
print(c.total)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7; grid[0][0] -= 1
print(grid)
