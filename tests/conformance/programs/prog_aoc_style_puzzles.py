import sys
from collections import deque, Counter, defaultdict
from itertools import combinations
import math, re

GRID = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.###.#E#
#.....#.#
#########"""

def solve_maze(text):
    grid = text.splitlines()
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S": start = (r, c)
            elif ch == "E": end = (r, c)
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == end:
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1

print("maze:", solve_maze(GRID))

INSTR = """inc a
jio a, +2
tpl a
inc a
cpy 41 b
dec b
jnz b -1
hlf a
out a"""

def run(prog, regs):
    pc = 0
    out = []
    steps = 0
    lines = [l.replace(",", "").split() for l in prog.splitlines()]
    while 0 <= pc < len(lines) and steps < 10_000:
        steps += 1
        match lines[pc]:
            case ["inc", r]: regs[r] += 1
            case ["dec", r]: regs[r] -= 1
            case ["tpl", r]: regs[r] *= 3
            case ["hlf", r]: regs[r] //= 2
            case ["cpy", v, r]: regs[r] = regs[v] if v in regs else int(v)
            case ["jio", r, off] if regs[r] == 1: pc += int(off); continue
            case ["jnz", r, off] if (regs[r] if r in regs else int(r)) != 0: pc += int(off); continue
            case ["out", r]: out.append(regs[r])
            case ["jio" | "jnz", *_]: pass
            case other: raise ValueError(f"bad {other}")
        pc += 1
    return regs, out, steps

print(run(INSTR, {"a": 0, "b": 0}))
print(run(INSTR, defaultdict(int, a=1)))

def crt(pairs):
    N = math.prod(m for _, m in pairs)
    x = 0
    for a, m in pairs:
        n = N // m
        x += a * n * pow(n, -1, m)
    return x % N
print("crt", crt([(0, 7), (12, 13), (55, 59), (25, 31), (12, 19)]))
print(math.lcm(*range(1, 21)), math.gcd(462, 1071), math.isqrt(10**20 + 1), math.comb(40, 20), math.perm(10, 3))

pts = [(1, 1), (6, 1), (8, 3), (3, 4), (5, 5), (8, 9)]
xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
area = Counter()
inf = set()
for x in range(min(xs), max(xs) + 1):
    for y in range(min(ys), max(ys) + 1):
        ds = sorted((abs(x - px) + abs(y - py), i) for i, (px, py) in enumerate(pts))
        if ds[0][0] != ds[1][0]:
            area[ds[0][1]] += 1
            if x in (min(xs), max(xs)) or y in (min(ys), max(ys)):
                inf.add(ds[0][1])
print("largest", max(v for k, v in area.items() if k not in inf))
passports = """ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm"""
need = {"byr", "iyr", "eyr", "hgt", "hcl", "ecl", "pid"}
valid = 0
for block in passports.split("\n\n"):
    fields = dict(kv.split(":") for kv in block.split())
    ok = need <= fields.keys()
    print(sorted(need - fields.keys()), ok, bool(re.fullmatch(r"#[0-9a-f]{6}", fields.get("hcl", ""))))
    valid += ok
print("valid", valid)
nums = [1721, 979, 366, 299, 675, 1456]
print([a * b for a, b in combinations(nums, 2) if a + b == 2020], next(a * b * c for a, b, c in combinations(nums, 3) if a + b + c == 2020))
s = "dabAcCaCBAcCcaDA"
stack = []
for ch in s:
    if stack and stack[-1] != ch and stack[-1].lower() == ch.lower():
        stack.pop()
    else:
        stack.append(ch)
print("polymer", "".join(stack), len(stack))
wires = {}
for line in ["123 -> x", "456 -> y", "x AND y -> d", "x OR y -> e", "x LSHIFT 2 -> f", "y RSHIFT 2 -> g", "NOT x -> h", "NOT y -> i"]:
    expr, dst = line.split(" -> ")
    wires[dst] = expr.split()
memo = {}
def val(w):
    if w.isdigit(): return int(w)
    if w in memo: return memo[w]
    e = wires[w]
    if len(e) == 1: r = val(e[0])
    elif len(e) == 2: r = ~val(e[1]) & 0xFFFF
    else:
        a, op, b = e
        r = {"AND": lambda: val(a) & val(b), "OR": lambda: val(a) | val(b), "LSHIFT": lambda: val(a) << int(b), "RSHIFT": lambda: val(a) >> int(b)}[op]()
    memo[w] = r
    return r
print({w: val(w) for w in sorted(wires)})
print(sys.getrecursionlimit() >= 1000, sys.maxsize, sys.version_info[:2] >= (3, 11), -7 // 2, -7 % 3, divmod(-7, 2), 7 % -3, round(2.675, 2), round(-0.5), round(1.5), round(25, -1))
