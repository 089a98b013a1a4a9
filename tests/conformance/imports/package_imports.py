import sys
import shapes_pkg
print("VERSION", shapes_pkg.VERSION, shapes_pkg.__name__)
import shapes_pkg.geometry
from shapes_pkg.geometry import Circle, Square
from shapes_pkg.geometry.circle import Circle as C2
import shapes_pkg.util.naming as naming
c = Circle(1)
s = Square(2)
print(c, s, round(c.area(), 4), s.area(), s.circumscribed())
print(C2 is Circle, naming.calls, shapes_pkg.pretty("X", a=1), naming.calls)
print(sorted(m for m in sys.modules if m.startswith("shapes_pkg")))
print(shapes_pkg.geometry.circle.__name__, shapes_pkg.geometry.__package__, shapes_pkg.util.naming.__package__)
import shapes_pkg.geometry.square
print("second import printed nothing")
print(hasattr(shapes_pkg, "geometry"), hasattr(shapes_pkg, "util"), shapes_pkg.__all__)
