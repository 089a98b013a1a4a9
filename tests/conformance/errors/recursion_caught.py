
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
def infinite(n):
    return infinite(n)
infinite(0)
