# fileinput: readline() across files (empty files, the end), fileno() and the accessors
# before, during and after reading, close() in the middle, a subclass overriding close().
import fileinput
import os
import sys

base = sys.argv[1]
paths = []
for i, body in enumerate(["a1\na2\n", "", "", "c1", "d1\n\nd3\n"]):
    p = os.path.join(base, f"r{i}.txt")
    with open(p, "w") as f:
        f.write(body)
    paths.append(p)


def show(fi, label):
    name = fi.filename()
    print(label, fi.lineno(), fi.filelineno(), name and os.path.basename(name),
          fi.isfirstline(), fi.isstdin(), fi.fileno() >= 0)


fi = fileinput.FileInput(paths)
show(fi, "start")
while True:
    line = fi.readline()
    show(fi, repr(line))
    if not line:
        break
print(repr(fi.readline()), repr(fi.readline()))
fi.close()
show(fi, "closed")

fi = fileinput.FileInput(paths)
print(next(fi), end="")
fi.close()
print(list(fi), repr(fi.readline()))

fi = fileinput.FileInput(paths, mode="rb")
print([fi.readline() for _ in range(3)], fi.lineno())
fi.nextfile()
print(fi.readline(), fi.filelineno(), fi.lineno())
for _ in fi:
    pass
print(fi.lineno(), fi.fileno())
try:
    next(fi)
except StopIteration:
    print("StopIteration again")
fi.close()


closes = []


class Noisy(fileinput.FileInput):
    def close(self):
        # Only the first call prints: finalization may call close() again at exit.
        closes.append(self)
        if len(closes) == 1:
            print("close called")
        super().close()


with Noisy(paths[:1]) as n:
    print(list(n))
try:
    fileinput.FileInput(paths)[0]
except TypeError as e:
    print("TypeError", e)
for kwargs in ({"mode": "rU"}, {"inplace": True, "openhook": open}, {"openhook": 5}):
    try:
        fileinput.FileInput(paths, **kwargs)
    except ValueError as e:
        print("ValueError", e)
fi = fileinput.input(paths[-1:])
try:
    fileinput.input(paths)
except RuntimeError as e:
    print("RuntimeError", e)
print(fileinput.filename() is None, fileinput.lineno(), fileinput.fileno())
print(repr(fileinput.FileInput.readline(fi)), fileinput.isfirstline(), fileinput.lineno())
fileinput.nextfile()
print(fileinput.filelineno(), fileinput.lineno())
fileinput.close()
fileinput.close()
try:
    fileinput.isstdin()
except RuntimeError as e:
    print("RuntimeError", e)
