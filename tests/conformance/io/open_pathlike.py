"""open() accepts path-like objects (pathlib.Path, __fspath__) and bytes paths."""
import os
import pathlib
import sys

base = pathlib.Path(sys.argv[1])
report = base / "report.txt"
with open(report, "w") as f:
    f.write("alpha\nbeta\n")
    print(type(f.name).__name__, os.path.basename(f.name))
with open(report) as f:
    print([line.rstrip() for line in f])


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with open(Where(str(report)), "a") as f:
    f.write("gamma\n")
print(report.read_text().split())
with open(os.fsencode(str(report)), "rb") as f:
    print(type(f.name).__name__, f.read().count(b"\n"))
for bad in (3.5, None, Where(7)):
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)
