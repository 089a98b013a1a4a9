MAZE = """
###############
#S    #       #
# ### # ##### #
#   #   #   # #
### ##### # # #
#   #     #   #
# ### ####### #
#     #     #E#
###############
""".strip().splitlines()
start = end = None
for r, row in enumerate(MAZE):
    for c, ch in enumerate(row):
        if ch == "S": start = (r, c)
        if ch == "E": end = (r, c)
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if MAZE[nr][nc] != "#":
            yield nr, nc
frontier, came = [start], {start: None}
while frontier:
    nxt = []
    for p in frontier:
        for n in neighbors(p):
            if n not in came:
                came[n] = p
                nxt.append(n)
    frontier = nxt
path, p = [], end
while p:
    path.append(p)
    p = came[p]
print("path length", len(path) - 1, "explored", len(came))
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
