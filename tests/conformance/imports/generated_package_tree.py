# A package tree written to the scratch directory at run time and imported from it: relative
# imports, __all__, import_module, circular modules, a failing module, reload, error messages.
import sys, os, importlib
base = sys.argv[1]
pkg = os.path.join(base, "mypkg")
os.makedirs(os.path.join(pkg, "sub"))
def w(rel, text):
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)
w("mypkg/__init__.py", "print('init mypkg', __name__)\nfrom .util import helper\n__all__ = ['helper', 'VERSION']\nVERSION = '1.0'\n_private = 1\n")
w("mypkg/util.py", "print('init util', __name__, __package__)\ndef helper(x):\n    return x * 2\n")
w("mypkg/sub/__init__.py", "")
w("mypkg/sub/deep.py", "from .. import util\nfrom ..util import helper as h\nfrom . import sibling\nval = h(21)\n")
w("mypkg/sub/sibling.py", "name = 'sib'\n")
w("a_mod.py", "import b_mod\nA = 'a'\ndef get(): return b_mod.B\n")
w("b_mod.py", "import a_mod\nB = 'b'\ndef get(): return a_mod.A\n")
w("broken.py", "x = 1\nraise ValueError('broken at import')\n")
w("script.py", "if __name__ == '__main__':\n    print('main!')\nelse:\n    print('imported as', __name__)\n")
sys.path.insert(0, base)
import mypkg
print(mypkg.helper(5), mypkg.VERSION, sorted(k for k in vars(mypkg) if not k.startswith('__')))
from mypkg.sub import deep
print(deep.val, deep.sibling.name, deep.util is sys.modules['mypkg.util'])
import mypkg.sub.deep as d2
print(d2 is deep, 'mypkg.sub' in sys.modules)
ns = {}
exec("from mypkg import *", ns)
print(sorted(k for k in ns if k != '__builtins__'))
m = importlib.import_module("mypkg.sub.sibling")
print(m.name, m.__name__, m.__package__)
m2 = importlib.import_module(".util", "mypkg")
print(m2.helper(1))
import a_mod
print(a_mod.get(), a_mod.b_mod.get())
for name in ["nonexistent_mod", "mypkg.nothing", "mypkg.util.deeper"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    from mypkg import missing_name
except ImportError as e:
    print("ImportError", str(e).replace(base, "<tmp>"))
try:
    import broken
except ValueError as e:
    print("ValueError", e, 'broken' in sys.modules)
import script
print(script.__name__)
importlib.reload(script)
print(mypkg.__file__.endswith("__init__.py"), os.path.basename(mypkg.util.__file__))
print(hasattr(mypkg, '__path__'), hasattr(mypkg.util, '__path__'))
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    import mypkg.VERSION
except ModuleNotFoundError as e:
    print(e)
