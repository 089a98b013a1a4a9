print("left: start")
from circfrom_pkg.right import RIGHT
LEFT = "left"
