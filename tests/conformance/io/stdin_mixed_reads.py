# Mixed stdin reads: readline for a header and grid, input() for queries, iteration for the rest.
import sys
first = sys.stdin.readline()
n = int(first)
grid = [sys.stdin.readline().split() for _ in range(n)]
print(n, grid)
q = int(input())
for _ in range(q):
    a, b = map(int, input().split())
    print(a + b, a * b)
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest)
base = sys.argv[1]
