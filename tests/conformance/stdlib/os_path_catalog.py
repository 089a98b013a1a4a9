# os.path on many path shapes, joins and relpaths, the file queries, fspath, os.environ.
import os, sys, os.path as op
paths = ["/usr/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".bashrc", "/", "", "a//b/../c/./d",
         "~/x", "/a/b/", "..", "dir/.hidden.txt", "noext", "a.b/c"]
for p in paths:
    print(repr(p), op.basename(p), op.dirname(p), op.split(p), op.splitext(p), op.normpath(p) if p else "-", op.isabs(p))
print(op.join("a", "b", "c"), op.join("/a", "/b", "c"), op.join("a/", "b"), op.join("", "x"), op.join("a", ""))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), op.commonpath(["/usr/lib", "/usr/local"]))
try:
    op.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
try:
    op.commonpath([])
except ValueError as e:
    print(e)
print(op.relpath("/a/b/c", "/a/d"), op.relpath("/a", "/a"), op.splitdrive("/x/y"), op.normcase("AbC"))
print(op.expanduser("~") == os.environ.get("HOME", op.expanduser("~")), op.expandvars("$NOPE_VAR_X/y"), op.expandvars("${HOME}") == os.environ["HOME"])
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.altsep, os.name, os.devnull)
base = sys.argv[1]
os.chdir(base)
print(op.abspath("x/../y") == op.join(base, "y"), op.realpath(".") == op.realpath(base), os.getcwd() == op.realpath(base) or os.getcwd() == base)
print(op.exists(base), op.lexists("nope"), op.getsize(base) >= 0, op.isfile(base), op.isdir(base), op.ismount("/"))
open("f.txt", "w").write("12345")
print(op.getsize("f.txt"), op.getmtime("f.txt") > 0, abs(op.getmtime("f.txt") - os.stat("f.txt").st_mtime) < 1)
print(op.samefile("f.txt", op.join(base, "f.txt")), op.splitext(".x.y"), op.splitext("a/.b"), op.basename(b"/x/y.z"), op.join(b"a", b"b"))
try:
    op.join("a", b"b")
except TypeError as e:
    print(e)
try:
    op.join("a", 5)
except TypeError as e:
    print(e)
print(os.fspath("x"), os.fsencode("é"), os.fsdecode(b"abc"), os.path.join(*["p", "q"]))
class P:
    def __fspath__(self): return "from/fspath"
print(os.fspath(P()), op.basename(P()), op.join(P(), "z"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(sorted(k for k in ("getcwd", "listdir", "walk", "scandir", "makedirs") if hasattr(os, k)))
print(os.cpu_count() > 0, type(os.getpid()), os.getenv("NOPE_ENV_VAR", "dflt"), "PATH" in os.environ)
os.environ["MY_VAR"] = "v1"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), os.environ.get("MY_VAR"), os.path.expandvars("$MY_VAR-x"))
del os.environ["MY_VAR"]
print(os.getenv("MY_VAR"))
try:
    os.environ["NOPE_ENV_X"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
