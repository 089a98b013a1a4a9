print("loading heavy module")
LOADS = 1
def compute(n):
    return sum(i * i for i in range(n))
