import sys
n = int(sys.stdin.readline())
matrix = [list(map(int, sys.stdin.readline().split())) for _ in range(n)]
print("rows:", n)
for row in matrix:
    print(row, sum(row))
print("col sums:", [sum(col) for col in zip(*matrix)])
rest = sys.stdin.readline()
print(repr(rest), repr(sys.stdin.readline()))
