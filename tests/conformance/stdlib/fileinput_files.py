# fileinput over files written to the scratch directory: line numbers across files, first
# lines, nextfile(), the module functions, inplace editing with and without a backup, stdin '-'.
import fileinput
import os
import sys

base = sys.argv[1]
names = []
for i, lines in enumerate([["alpha", "beta", "gamma"], ["one"], [], ["x", "y"]]):
    p = os.path.join(base, f"f{i}.txt")
    with open(p, "w") as f:
        f.write("".join(l + "\n" for l in lines))
    names.append(p)


def short(p):
    return os.path.basename(p) if p else p


for line in fileinput.input(names):
    print(fileinput.lineno(), fileinput.filelineno(), short(fileinput.filename()),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print("after", fileinput.lineno(), short(fileinput.filename()))
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)

with fileinput.input(files=names) as fi:
    for line in fi:
        if fi.filelineno() == 2:
            print("skip rest of", short(fi.filename()))
            fi.nextfile()
            continue
        print(short(fi.filename()), line.rstrip())
print(sum(1 for _ in fileinput.FileInput(names[0])))

with fileinput.input(names[:2], inplace=True, backup=".orig") as fi:
    for line in fi:
        print(f"{fi.filelineno():03d}: {line.upper()}", end="")
print("stdout restored")
print(open(names[0]).read(), end="")
print(open(names[1]).read(), end="")
print(sorted(n for n in os.listdir(base)))
with fileinput.input(names[3], inplace=True) as fi:
    for line in fi:
        if line.strip() != "x":
            sys.stdout.write(line * 2)
print(open(names[3]).read(), sorted(os.listdir(base)))

with fileinput.input(["-"]) as fi:
    for line in fi:
        print("stdin", fi.lineno(), fi.isstdin(), short(fi.filename()), repr(line))
with fileinput.input(names[0], mode="rb") as fi:
    print(list(fi))
hook = fileinput.hook_encoded("latin-1")
with open(names[2], "wb") as f:
    f.write(b"caf\xe9\n")
with fileinput.input(names[2], openhook=hook) as fi:
    print(list(fi))
try:
    fileinput.input(names, mode="w")
except ValueError as e:
    print("ValueError", e)
try:
    list(fileinput.input([os.path.join(base, "missing.txt")]))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, short(e.filename))
fileinput.close()
