# Exit callbacks run last registered first after the main program; each error in one
# (SystemExit and KeyboardInterrupt included) is reported as CPython's unraisable hook does,
# with the callback's own frames only and `Type: message` even for an empty message, and the
# remaining callbacks still run. The exit status stays the main program's.
import atexit
import sys


def farewell(name, fail=None):
    print("farewell", name)
    if fail is not None:
        raise fail


class CleanupError(Exception):
    pass


atexit.register(farewell, "first")
atexit.register(sys.exit, 5)
atexit.register(farewell, "second", fail=KeyboardInterrupt())
atexit.register(len)
atexit.register(print, "printed", "by", "atexit", sep="-")
atexit.register(farewell, "third", fail=CleanupError())
atexit.register(farewell, "fourth", fail=ValueError("with a message"))


def never():
    print("never runs")


atexit.register(never)
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated callback")
    return "ignored result"


print(decorated.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main program done")
raise SystemExit(2)
