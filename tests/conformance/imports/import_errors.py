try:
    import no_such_thing_here
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from errs_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import errs_pkg.broken
except ZeroDivisionError as e:
    print("module raised during import:", e)
import sys
print("errs_pkg.broken" in sys.modules, "errs_pkg" in sys.modules)
import errs_pkg
print(errs_pkg.OK)
