import reexport_pkg
from reexport_pkg import api, impl, __version__
from reexport_pkg.sub.impl import Helper, CALLS
print(api(21), reexport_pkg.api is impl.public_function, __version__)
print(Helper(), CALLS, reexport_pkg.impl.CALLS is CALLS)
print(reexport_pkg._hidden(), sorted(n for n in dir(reexport_pkg) if not n.startswith("__")))
import reexport_pkg.sub as sub
print(sub.__name__, sub.impl is impl, hasattr(sub, "impl"))
print(api.__module__, Helper.__module__, Helper.__qualname__)
