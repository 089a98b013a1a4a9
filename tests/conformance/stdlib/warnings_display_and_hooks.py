# warnings as shown on stderr (captured through a stand-in sys.stderr): the default filters,
# once-per-location, actions, categories, formatwarning, and a replaced showwarning.
import warnings, sys

class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass

cap = Capture()
real = sys.stderr
sys.stderr = cap

def api(x):
    if x < 0:
        warnings.warn("negative input", UserWarning, stacklevel=2)
    return abs(x)

api(-1)
api(-1)          # same location: shown once
for i in range(3):
    api(-2)      # shown once for this line
warnings.warn("deprecated thing", DeprecationWarning)   # __main__: shown
warnings.warn("pending", PendingDeprecationWarning)      # ignored by default
warnings.warn("import", ImportWarning)                   # ignored
warnings.warn("resource", ResourceWarning)               # ignored
warnings.warn("bytes", BytesWarning)
warnings.warn("future", FutureWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("stack too deep", UserWarning, stacklevel=10)
warnings.warn(123)
class W(Warning):
    def __str__(self): return "custom str"
warnings.warn(W())
warnings.warn("cat none", None)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
warnings.filterwarnings("ignore", message="neg")
api(-5)
warnings.filterwarnings("error", message="boom.*")
try:
    warnings.warn("boom now")
except UserWarning as e:
    print("raised", repr(e))
warnings.filterwarnings("always", category=RuntimeWarning)
warnings.warn("rt again", RuntimeWarning)
warnings.warn("rt again", RuntimeWarning)
warnings.filterwarnings("once", category=FutureWarning)
warnings.warn("f1", FutureWarning)
warnings.warn("f1", FutureWarning)
warnings.filterwarnings("module", category=BytesWarning)
warnings.warn("b1", BytesWarning)
warnings.warn("b1", BytesWarning)
try:
    warnings.filterwarnings("bogus")
except AssertionError as e:
    print("AssertionError", e)
except ValueError as e:
    print("ValueError", e)
try:
    warnings.simplefilter("nope")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    for w in ws:
        print(w.category.__name__, w.message, w.lineno, w.filename == __file__, w.line)
    print(str(ws[0]).replace(__file__, "F"))
print(warnings.formatwarning("m", UserWarning, "f.py", 7))
print(warnings.formatwarning("m", UserWarning, "f.py", 7, line="  src line  "))
old = warnings.showwarning
def mine(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
warnings.showwarning = mine
warnings.warn("via custom showwarning")
warnings.showwarning = old
sys.stderr = real
print("".join(cap.parts).replace(__file__, "FILE"))
