# os: creating, listing, renaming and removing files and directories in a scratch
# directory (sys.argv[1]), stat results, os.walk, and the OSError subclasses with CPython's
# messages.
import os
import sys

base = sys.argv[1]

def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) else p

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", r)
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, e.strerror, rel(e.filename),
              rel(e.filename2), isinstance(e, OSError))
        print("   str:", str(e).replace(base, "<tmp>"))

os.chdir(base)
print(os.path.samefile(os.getcwd(), base), os.listdir())

os.mkdir("alpha")
os.makedirs(os.path.join("alpha", "beta", "gamma"))
os.makedirs("alpha/beta", exist_ok=True)
os.makedirs("delta/epsilon/", exist_ok=True)
attempt("makedirs existing", os.makedirs, "alpha/beta")
attempt("mkdir existing", os.mkdir, "alpha")
attempt("mkdir missing parent", os.mkdir, "nope/child")

for name, text in [("alpha/one.txt", "one\n"), ("alpha/beta/two.txt", "two two\n"),
                   ("alpha/beta/gamma/three.log", "3" * 300), ("top.dat", "")]:
    with open(name, "w") as f:
        f.write(text)

print(sorted(os.listdir(".")))
print(sorted(os.listdir("alpha")), sorted(os.listdir(b"alpha")))
print(sorted(os.listdir(os.path.join(base, "alpha", "beta"))))

st = os.stat("alpha/beta/gamma/three.log")
print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6], st.st_size == st[6])
print(oct(st.st_mode & 0o170000), st.st_nlink, isinstance(st.st_mtime, float),
      isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8])
print(os.stat("alpha").st_mode & 0o170000 == 0o040000, os.lstat("top.dat").st_size)
print(tuple(st)[:7] == (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                        st.st_gid, st.st_size))
attempt("stat missing", os.stat, "missing.txt")
attempt("stat missing bytes", os.stat, b"missing.txt")

print("sizes", os.path.getsize("top.dat"), os.path.getsize("alpha/one.txt"))
print("kinds", os.path.isfile("alpha/one.txt"), os.path.isdir("alpha/one.txt"),
      os.path.isdir("alpha"), os.path.isfile("alpha"), os.path.exists("nope"),
      os.path.exists("alpha/beta"), os.path.islink("alpha"))

print("walk top-down")
for root, dirs, files in os.walk("."):
    dirs.sort()
    print(" ", root, dirs, sorted(files))
print("walk bottom-up")
for root, dirs, files in os.walk("alpha", topdown=False):
    print(" ", root, sorted(dirs), sorted(files))
print("walk pruned")
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != "beta"]
    dirs.sort()
    print(" ", rel(root), dirs, sorted(files))
errors = []
print(list(os.walk("no-such-dir", onerror=errors.append)), [type(e).__name__ for e in errors])

os.rename("top.dat", "renamed.dat")
os.replace("alpha/one.txt", "one-moved.txt")
print(sorted(os.listdir(".")), sorted(os.listdir("alpha")))
attempt("rename missing", os.rename, "missing.txt", "other.txt")
attempt("remove missing", os.remove, "missing.txt")
attempt("unlink dir", os.unlink, "alpha")
attempt("rmdir file", os.rmdir, "renamed.dat")
attempt("rmdir non-empty", os.rmdir, "alpha")
attempt("listdir file", os.listdir, "renamed.dat")
attempt("listdir missing", os.listdir, "missing")
attempt("chdir missing", os.chdir, "missing")
attempt("open missing", open, "missing/file.txt")

os.remove("renamed.dat")
os.unlink("one-moved.txt")
os.remove("alpha/beta/two.txt")
os.remove("alpha/beta/gamma/three.log")
os.removedirs("alpha/beta/gamma")
os.rmdir("delta/epsilon")
os.rmdir("delta")
print("left:", os.listdir("."))

for bad in [lambda: os.mkdir(5), lambda: os.listdir(3.5), lambda: os.stat("a\0b"),
            lambda: os.remove(None), lambda: os.rename("a", b"b")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

# FileNotFoundError and friends are the classes errno picks.
print(issubclass(FileNotFoundError, OSError), os.error is OSError)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e)
