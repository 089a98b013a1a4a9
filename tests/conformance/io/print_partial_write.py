# print() writes its arguments one by one: when str() of a later argument raises, the earlier
# ones (and their separators) have already been written, to stdout as to any file object.
import io
import sys


class Broken:
    def __str__(self):
        raise RuntimeError("cannot render")


sys.stdout.write("[")
try:
    print("total:", 42, Broken(), "never")
except RuntimeError as e:
    print("] caught:", e)

buf = io.StringIO()
try:
    print("a", "b", Broken(), sep="-", file=buf)
except RuntimeError:
    pass
print(repr(buf.getvalue()))

try:
    print(Broken(), "x")
except RuntimeError as e:
    print("first argument:", e)
print("done")
