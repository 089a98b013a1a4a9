import circattr_pkg.alpha as alpha_mod
import sys

try:
    alpha_mod.LATE
except AttributeError as e:
    SEEN = str(e)
else:
    SEEN = "no error"
alpha = sys.modules["circattr_pkg.alpha"]
try:
    alpha.LATE
except AttributeError as e:
    print("beta:", e)
