# os.makedirs / removedirs / renames: nested creation, exist_ok, trailing separators and
# '.' components, bytes paths, errors, and pruning of emptied parents.
import os
import sys

root = sys.argv[1]
os.chdir(root)

def tree():
    out = []
    for dirpath, dirnames, filenames in os.walk("."):
        dirnames.sort()
        out.append(dirpath + ("/" if not filenames else ":" + ",".join(sorted(filenames))))
    return sorted(out)

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror)

attempt("nested", lambda: os.makedirs("a/b/c"))
attempt("again", lambda: os.makedirs("a/b/c"))
attempt("exist_ok", lambda: os.makedirs("a/b/c", exist_ok=True))
attempt("trailing sep", lambda: os.makedirs("t1/t2/"))
attempt("dot tail", lambda: os.makedirs("d1/d2/."))
attempt("dotdot", lambda: os.makedirs("e1/../e2/e3"))
attempt("bytes", lambda: os.makedirs(b"f1/f2"))
attempt("bytes dot", lambda: os.makedirs(b"g1/."))
with open("a/file.txt", "w") as fh:
    fh.write("x")
attempt("file in the way", lambda: os.makedirs("a/file.txt/sub"))
attempt("file exist_ok", lambda: os.makedirs("a/file.txt", exist_ok=True))
attempt("mode", lambda: os.makedirs("m1/m2", mode=0o755))
print(tree())

attempt("removedirs", lambda: os.removedirs("a/b/c"))
print(tree())
attempt("removedirs trailing", lambda: os.removedirs("t1/t2/"))
attempt("removedirs missing", lambda: os.removedirs("nope/x"))
attempt("removedirs nonempty", lambda: os.removedirs("a"))
print(tree())

os.makedirs("src/deep/er")
with open("src/deep/er/f.txt", "w") as fh:
    fh.write("data")
attempt("renames", lambda: os.renames("src/deep/er/f.txt", "dst/new/place/g.txt"))
print(tree())
attempt("renames missing", lambda: os.renames("src/none.txt", "dst/x.txt"))
attempt("renames dir", lambda: os.renames("m1/m2", "moved/m2"))
print(tree())
