# sys.exit(arg) raises SystemExit as `raise SystemExit(arg)` would be, except that a tuple is
# the argument list; exit() and quit() pass their argument whole.
import sys

for code in [None, 0, 3, "message", (1, 2), (1, "two", 3), [1], 256, -1, True, 2.5]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e), repr(e.code), e.args)

for name, fn in (("exit", exit), ("quit", quit)):
    for code in [None, (1, 2), "bye"]:
        try:
            fn(code)
        except SystemExit as e:
            print(name, repr(code), "->", repr(e), repr(e.code), e.args)

try:
    sys.exit(1, 2)
except TypeError as t:
    print("TypeError:", t)

print("exiting with a tuple of one")
sys.exit(("only",))
