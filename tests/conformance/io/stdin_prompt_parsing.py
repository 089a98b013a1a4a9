import sys
first = input()
print("first:", repr(first))
n = int(input("prompt> "))
nums = [int(x) for x in input().split()]
print(n, nums, sum(nums))
rest = sys.stdin.read()
print(repr(rest))
lines = rest.splitlines()
for ln in lines:
    k, _, v = ln.partition("=")
    print(f"{k.strip():>8} -> {v.strip()!r}")
try:
    input()
except EOFError as e:
    print("EOF", repr(str(e)))
print(sys.stdin.readline() == "", sys.stdin.read() == "")
