# input() until a command, then sys.stdin.read() for the rest, then reads at EOF.
import sys
total = 0
counts = {}
n = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    n += 1
    if not line.strip():
        continue
    cmd, *args = line.split()
    if cmd == "add":
        total += sum(int(a) for a in args)
    elif cmd == "word":
        for a in args:
            counts[a] = counts.get(a, 0) + 1
    elif cmd == "rest":
        break
    print(n, cmd, args, total)
rest = sys.stdin.read()
print(repr(rest))
print(sorted(counts.items()))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
