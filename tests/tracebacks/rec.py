def f(n):
    if n == 0:
        raise ValueError("x")
    return f(n-1)
def a(n): return b(n)
def b(n): return a(n - 1) if n else int("zz")
try:
    a(5)
except ValueError:
    pass
f(25)
