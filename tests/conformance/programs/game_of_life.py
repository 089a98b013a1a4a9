def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
glider = parse([".#.", "..#", "###"])
board = glider
for gen in range(5):
    print(f"gen {gen}: {len(board)} cells")
    print(render(board, 6, 6))
    board = step(board)
blinker = parse(["###"])
print(sorted(step(blinker)), step(step(blinker)) == blinker)
r_pent = parse([".##", "##.", ".#."])
b = r_pent
for _ in range(100):
    b = step(b)
print("r-pentomino after 100:", len(b), min(b), max(b))
