"""What a script sees before it has done anything."""
import sys

print(__name__, __doc__, __package__, __spec__)
print(sys.argv[0], len(sys.argv), type(sys.argv).__name__)
print(__file__.endswith("startup_state.py"), sys.path[0] != "", type(sys.path).__name__)
print(type(__builtins__).__name__)
print(sorted(k for k in globals() if k.startswith("__")))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization)
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(sys.getrecursionlimit(), sys.float_info.dig, sys.int_info.bits_per_digit > 0)
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["builtins"].__name__)

import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
names = set(dir(builtins))
for n in ("print", "len", "range", "ValueError", "ExceptionGroup", "exit", "help",
          "copyright", "credits", "license", "None", "Ellipsis", "NotImplemented",
          "__build_class__", "__import__", "aiter", "anext"):
    print(n, n in names)
print(repr(exit), repr(quit))
print(str(copyright).splitlines()[0])
print(repr(help).split(".")[0])
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding.lower(), sys.stdout.line_buffering is not None)
