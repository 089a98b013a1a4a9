# os.truncate, os.link, os.times, os.getloadavg, os.renames, os.putenv/unsetenv argument
# checks, os.get_exec_path, os.supports_follow_symlinks, open(closefd=False) on a name.
import os, sys
d = sys.argv[1]
p = os.path.join(d, "f.txt")
with open(p, "w") as f: f.write("0123456789")
os.truncate(p, 4); print(open(p).read())
os.truncate(p, 6); print(open(p, "rb").read())
os.link(p, p + ".lnk"); print(os.stat(p).st_nlink, open(p + ".lnk").read(4))
try:
    os.link(p, p + ".lnk")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.truncate(os.path.join(d, "none"), 1)
except FileNotFoundError as e:
    print("FNF", e.filename == os.path.join(d, "none"))
t = os.times(); print(type(t).__name__, len(t), all(x >= 0 for x in t), t.user >= 0)
la = os.getloadavg(); print(len(la), all(isinstance(x, float) for x in la))
os.renames(p, os.path.join(d, "a", "b", "g.txt")); print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "a", "b")))
os.makedirs(os.path.join(d, "x", "y")); open(os.path.join(d, "x", "y", "z"), "w").close()
os.renames(os.path.join(d, "x", "y", "z"), os.path.join(d, "z2")); print(sorted(os.listdir(d)))
os.putenv("MY_VAR", "1"); os.unsetenv("MY_VAR")
for bad in [("", "x"), ("A=B", "x"), ("A", "x\0"), (1, "x"), ("A", 2), ("A\0", "x")]:
    try:
        os.putenv(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/bin:/usr/bin"}), os.stat in os.supports_follow_symlinks)
try:
    open(p, "w", closefd=False)
except ValueError as e:
    print(e)
