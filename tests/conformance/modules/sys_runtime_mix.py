# sys: version and platform data, recursion limit, exc_info, redirecting stdout, excepthook.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.hash_info.width)
print(type(sys.path), type(sys.modules), "sys" in sys.modules, "builtins" in sys.builtin_module_names, sys.executable != "" or True)
print(sys.argv[0], len(sys.argv), isinstance(sys.argv[1], str))
sys.setrecursionlimit(200)
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(sys.getsizeof(0) > 0, sys.intern("abc") == "abc", callable(sys.exc_info))
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, tb.tb_lineno, sys.exception() is v if hasattr(sys, "exception") else "-")
print(sys.exc_info())
print(sys.stdout.write("direct\n"))
sys.stdout.writelines(["a\n", "b\n"])
print("to err", file=sys.stderr)
print(sys.__stdout__ is sys.stdout, sys.stdin.readable(), sys.stdout.writable())
old = sys.stdout
import io
cap = io.StringIO()
sys.stdout = cap
print("captured", 1, 2)
help_text = cap.getvalue()
sys.stdout = old
print(repr(help_text))
def hook(t, v, tb):
    print("HOOK:", t.__name__, v)
sys.excepthook = hook
print(sys.float_repr_style, sys.dont_write_bytecode, isinstance(sys.implementation.name, str))
print(sys.getrefcount is not None if hasattr(sys, "getrefcount") else True)
raise RuntimeError("handled by hook")
