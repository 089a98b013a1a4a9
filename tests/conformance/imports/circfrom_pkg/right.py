print("right: start")
from circfrom_pkg.left import LEFT
RIGHT = "right"
