# Modules written at run time: circular from-imports, __all__ naming a missing name, relative
# imports beyond the top level, module __getattr__, a namespace package, syntax errors, a module
# importing itself, package __init__ order, and the wording of import errors.
import sys, os, importlib
base = sys.argv[1]
def w(rel, text):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)
w("cyc/__init__.py", "")
w("cyc/x.py", "from cyc.y import yfunc\ndef xfunc(): return 'x'\n")
w("cyc/y.py", "from cyc.x import xfunc\ndef yfunc(): return 'y'\n")
w("star/__init__.py", "__all__ = ['a', 'missing']\na = 1\n")
w("star2/__init__.py", "a = 1\n_b = 2\nimport os as _os\nimport math\n")
w("rel/__init__.py", "")
w("rel/m.py", "from ... import toplevel\n")
w("mod_attr.py", "def __getattr__(name):\n    if name == 'dyn': return 'dynamic!'\n    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n")
w("ns_pkg/inner.py", "v = 'namespace inner'\n")
w("syntax_bad.py", "def f(:\n  pass\n")
w("selfref.py", "import selfref\nprint('selfref loaded', selfref.__name__)\nX = 1\n")
w("dunder.py", "print(__name__, __package__ == '', __file__.endswith('dunder.py'), __doc__)\n")
w("pkgdata/__init__.py", "'''Package doc.'''\nfrom . import a, b\nprint('pkgdata init done')\n")
w("pkgdata/a.py", "print('a loading')\nfrom . import b\nA = 'A' + b.B\n")
w("pkgdata/b.py", "print('b loading')\nB = 'B'\n")
sys.path.insert(0, base)
try:
    import cyc.x
except ImportError as e:
    print("ImportError:", str(e).replace(base, "<tmp>"))
    print(e.name)
try:
    exec("from star import *", {})
except AttributeError as e:
    print("AttributeError:", e)
ns = {}
exec("from star2 import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
try:
    import rel.m
except ImportError as e:
    print(type(e).__name__, e)
import mod_attr
print(mod_attr.dyn)
try:
    mod_attr.other
except AttributeError as e:
    print(e)
try:
    from mod_attr import nothing
except ImportError as e:
    print(str(e).replace(base, "<tmp>"))
from mod_attr import dyn
print(dyn)
import ns_pkg.inner
print(ns_pkg.inner.v, ns_pkg.__file__, [p.replace(base, "<tmp>") for p in ns_pkg.__path__])
try:
    import syntax_bad
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, os.path.basename(e.filename))
import selfref
print(selfref.X)
import dunder
import pkgdata
print(pkgdata.__doc__, pkgdata.a.A, sorted(k for k in vars(pkgdata) if not k.startswith("__")))
print(importlib.import_module("pkgdata.b") is pkgdata.b)
try:
    importlib.import_module("..x", "pkgdata")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    import os.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from os import nothing_here
except ImportError as e:
    print(str(e).split(' (')[0])
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
m = __import__("pkgdata.b")
print(m.__name__, __import__("pkgdata.b", fromlist=["B"]).__name__)
print(type(sys.modules["pkgdata"]).__name__, "pkgdata.a" in sys.modules)
del sys.modules["pkgdata.b"]
import pkgdata.b as again
print(again is pkgdata.b, again.B)
import math as m1, math
print(m1 is math, math.__name__, math.__name__)
print(sys.modules["__main__"].__name__, __name__)
