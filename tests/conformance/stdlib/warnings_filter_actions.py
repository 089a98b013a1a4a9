# warnings: every filter action over repeated warnings from several lines and modules,
# filter matching on message, category, module and line, registries and catch_warnings.
import sys
import warnings

sys.stderr = sys.stdout

def emit(text, category=UserWarning, line=10, module="mod_a", registry=None):
    warnings.warn_explicit(text, category, "prog.py", line, module=module, registry=registry)

for action in ("default", "always", "once", "module", "ignore", "error"):
    print("==", action)
    with warnings.catch_warnings(record=True) as got:
        warnings.resetwarnings()
        warnings.simplefilter(action)
        reg_a, reg_b = {}, {}
        for text, line, reg in [("x", 1, reg_a), ("x", 1, reg_a), ("x", 2, reg_a), ("y", 2, reg_a),
                                ("x", 1, reg_b), ("x", 3, reg_b)]:
            try:
                emit(text, line=line, registry=reg)
            except UserWarning as e:
                print("   raised", repr(e))
        print("  ", [(str(w.message), w.lineno) for w in got])
        print("  ", sorted((k for k in reg_a if k != "version"), key=repr))

print("== matching")
with warnings.catch_warnings(record=True) as got:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=DeprecationWarning, module="strict_mod")
    warnings.filterwarnings("ignore", lineno=99)
    warnings.filterwarnings("ignore", module="quiet.*")
    warnings.filterwarnings("always", category=RuntimeWarning, append=True)
    cases = [("skip this", UserWarning, 1, "m"), ("keep", UserWarning, 1, "m"),
             ("dep", DeprecationWarning, 2, "strict_mod"), ("dep", DeprecationWarning, 2, "other"),
             ("at 99", UserWarning, 99, "m"), ("noisy", UserWarning, 5, "quiet_one"),
             ("skipped? no: match is at start", UserWarning, 6, "m"),
             ("Skip upper", UserWarning, 7, "m")]
    for text, cat, line, mod in cases:
        try:
            emit(text, cat, line, mod, {})
        except Warning as e:
            print("   raised", type(e).__name__, e)
    print("  ", [(str(w.message), w.category.__name__) for w in got])
    print("  ", [f[0] for f in warnings.filters])

print("== warning instances")
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("default")
    reg = {}
    emit(UserWarning("inst"), registry=reg)
    emit(UserWarning("inst"), registry=reg)
    emit(RuntimeWarning("inst"), registry=reg)
    m = got[0]
    print("  ", len(got), type(m.message).__name__, m.category.__name__, m.filename, m.lineno)
    print("  ", str(m))

print("== registry reset after filter change")
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("default")
    reg = {}
    emit("again", registry=reg)
    emit("again", registry=reg)
    warnings.filterwarnings("default", message="unrelated")
    emit("again", registry=reg)
    print("  ", len(got))

print("== defaults")
with warnings.catch_warnings(record=True) as got:
    warnings.resetwarnings()
    for cat, mod in [(DeprecationWarning, "__main__"), (DeprecationWarning, "lib"),
                     (PendingDeprecationWarning, "__main__"), (ImportWarning, "x"),
                     (ResourceWarning, "x"), (UserWarning, "x"), (SyntaxWarning, "x")]:
        emit("d", cat, 1, mod, {})
    print("  ", [w.category.__name__ for w in got])

print("== warn() from code")
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    try:
        warnings.warn("bad", category=int)
    except TypeError as e:
        print("  ", e)
    print("  ", [(str(w.message), w.category.__name__, w.lineno) for w in got])
warnings.simplefilter("always")
warnings.showwarning("shown", UserWarning, "prog.py", 3, line="  x = 1  ")

print("== registries per action")
for action in ["default", "always", "ignore", "once", "module", "error"]:
    warnings.simplefilter(action)
    reg = {}
    for i in range(2):
        try:
            warnings.warn_explicit("t", UserWarning, "f.py", 3, registry=reg)
        except UserWarning as e:
            print("raised", e)
    print(action, reg)
print(warnings.onceregistry)
warnings.onceregistry.clear()
warnings.simplefilter("once")
warnings.warn_explicit("q", UserWarning, "f.py", 3)
print(warnings.onceregistry)
warnings.onceregistry["version"] = -5
warnings.warn_explicit("q", UserWarning, "f.py", 3)
print(warnings.onceregistry)
r = {"version": 0, ("z", UserWarning, 1): True}
warnings.warn_explicit("z", UserWarning, "f.py", 1, registry=r)
print(r)
try:
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    warnings.warn_explicit("b", UserWarning, "f.py", 1, registry={})
except Exception as e:
    print(type(e).__name__, e)
