print("init shapes_pkg.geometry")
from .circle import Circle
from .square import Square
