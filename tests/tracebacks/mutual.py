def a(n): return b(n)
def b(n): return a(n - 1) if n else int("zz")
a(6)
