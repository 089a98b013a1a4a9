grid = {(0, 0): "start", (1, 0): "road"}
print(grid[(0, 0)], grid[1, 0])
print(grid[(2, 3)])
