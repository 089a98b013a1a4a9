# os.path (posixpath): the pure string operations on str and bytes paths.
import os
import os.path
from os import path
import posixpath

print(os.path is path is posixpath, path.__name__, os.name, os.sep, repr(os.linesep),
      os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)

cases = ["", "/", "//", "///", "a", "/a", "a/", "/a/b", "/a/b/", "a/b/c.txt", "a//b",
         "/a/./b/../c", "../x", "./y", ".hidden", "a/.hidden", "a/b.", "a.b/c",
         "archive.tar.gz", "..", "...", "a/..b", "//server/share", "/x/y/../../..", "~"]
for p in cases:
    print(repr(p), path.split(p), path.splitext(p), repr(path.basename(p)),
          repr(path.dirname(p)), repr(path.normpath(p)), path.isabs(p))

print(path.join("a"), path.join("a", "b", "c"), path.join("a/", "b"), path.join("a", "/b", "c"),
      path.join("", "x"), path.join("a", ""), path.join("/", "etc", "passwd"))
print(path.join(b"a", b"b"), path.split(b"/usr/lib/"), path.splitext(b"x.py"),
      path.normpath(b"/a//b/./../c"), path.basename(b"/q/r"), path.isabs(b"/q"))
print(path.splitdrive("/a/b"), path.normcase("A/B"))
print(path.commonprefix(["interstellar", "internet", "interval"]), repr(path.commonprefix([])),
      path.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(path.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib/x"]),
      path.commonpath(["a/b", "a/c"]), path.commonpath(["/a"]))
for args in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("/x/y", "/a/b"),
             ("a/b", "a"), ("/", "/usr")]:
    print("relpath", args, path.relpath(*args))
print(path.abspath("/a/../b/./c"), path.abspath("x") == path.join(os.getcwd(), "x"),
      path.abspath(b"/q/../r"))
print(path.realpath("/") , path.realpath("/a/b/../c"))

home = os.environ.get("HOME")
print(path.expanduser("~") == (home.rstrip("/") or "/") if home else True,
      path.expanduser("~/docs") == path.join(home, "docs") if home else True,
      path.expanduser("no/tilde"), path.expanduser("~root"), path.expanduser("~root/x"),
      path.expanduser("~no_such_user_xyz/q"))

os.environ["PYSEAL_EXPAND"] = "value"
for s in ["$PYSEAL_EXPAND", "${PYSEAL_EXPAND}/x", "a$PYSEAL_EXPAND.b", "$NO_SUCH_VAR_X",
          "${NO_SUCH_VAR_X}", "$", "cost: $5", "${unclosed", "$PYSEAL_EXPAND$PYSEAL_EXPAND"]:
    print("expandvars", repr(s), repr(path.expandvars(s)))
print(path.expandvars(b"$PYSEAL_EXPAND/b"))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(path.join(P("a"), P("b")), path.basename(P("/x/y.txt")), os.fspath(P("z")),
      os.fspath("s"), os.fspath(b"b"))
class NoPath:
    __fspath__ = None

print(isinstance(P("a"), os.PathLike), issubclass(P, os.PathLike), isinstance("s", os.PathLike),
      isinstance(NoPath(), os.PathLike), isinstance(5, os.PathLike))
for bad in [lambda: os.PathLike(), lambda: path.join("a", 5), lambda: path.join("a", b"b"), lambda: path.join(),
            lambda: os.fspath(5), lambda: os.fspath(P(3)), lambda: path.relpath(""),
            lambda: path.commonpath([]), lambda: path.commonpath(["/a", "b"]),
            lambda: path.basename(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
