# warnings: catch_warnings(record=True) with always/once/default filters, warnings turned
# into errors, ignore by message, a replaced showwarning, custom categories, warn_explicit.
import warnings, sys
def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
    warnings.warn("user one")
    warnings.warn(UserWarning("instance warn"))
    warnings.warn("rt", RuntimeWarning)
    for item in w:
        print(item.category.__name__, str(item.message), item.lineno, item.filename.rsplit("/", 1)[-1])
        print(warnings.formatwarning(item.message, item.category, "file.py", item.lineno, None).strip())
print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        old_api(3)
    except DeprecationWarning as e:
        print("as error:", repr(e), e.args)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignore me")
    print("ignored ok")
def custom_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message)
old = warnings.showwarning
warnings.showwarning = custom_show
warnings.warn("via custom")
warnings.warn("via custom", SyntaxWarning)
warnings.showwarning = old
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    print("once count", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated2")
    print("default count", len(w))
try:
    warnings.warn("x", category=5)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("assert", e)
except ValueError as e:
    print("value", e)
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("mine", MyWarning)
    print(w[0].category, issubclass(w[0].category, Warning))
    # The record names the file by its full path: print it relative to this directory.
    print(str(w[0]).replace(__file__, "<this file>"))
warnings.warn_explicit("explicit", UserWarning, "mod.py", 42)
print("end", file=sys.stdout)
warnings.warn("final to stderr")
