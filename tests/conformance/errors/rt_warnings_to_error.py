# warnings.warn with categories and stacklevel, the default once-per-location rule, filters
# (ignore, error, always, by message and category), catch_warnings(record=True), a custom
# showwarning, formatwarning; ends when simplefilter("error") turns a warning into an
# uncaught exception.
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: the golden must not depend on where the
    suite is checked out (tracebacks and warnings name the script by its absolute path)."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


_sys.stdout = _ScrubDir(_sys.stdout)

import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky():
    warnings.warn("something odd")
    warnings.warn("runtime thing", RuntimeWarning)
    warnings.warn(UserWarning("instance warning"))


print(old_api(2))
risky()
risky()
for i in range(3):
    warnings.warn("in loop %d" % i)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1)
    risky()
    print(len(w))
    for item in w:
        print(item.category.__name__, str(item.message), item.lineno, item.filename)
    print(repr(w[0].message), w[0].message.args)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky()
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    risky()
    print("ignored")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        risky()
    except RuntimeWarning as e:
        print("runtime warning raised:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("always")
    warnings.filterwarnings("ignore", message="some")
    risky()
    print([str(x.message) for x in w])


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("future", FutureWarning)
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
    print([(x.category.__name__, x.filename, x.lineno) for x in w])
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10), end="")


def showwarning(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno)


warnings.showwarning = showwarning
warnings.warn("through custom")
warnings.simplefilter("error")
warnings.warn("final", DeprecationWarning)
print("not reached")
