import sys
def lazy():
    import lazymod_pkg.heavy as heavy
    return heavy.compute(10)
print("lazymod_pkg.heavy" in sys.modules)
print(lazy())
print("lazymod_pkg.heavy" in sys.modules)
print(lazy())
mod = sys.modules["lazymod_pkg.heavy"]
print(mod.LOADS, mod.__name__.split("."))
