"""A module's missing attribute during its own import says it is partially initialized."""
import circattr_pkg.alpha as alpha

print(alpha.LATE)
try:
    alpha.NOPE
except AttributeError as e:
    print("after import:", e)
import circattr_pkg
try:
    circattr_pkg.missing
except AttributeError as e:
    print(e)
