# pathlib on a small project tree: mkdir, write_text, rglob/glob, suffixes, PurePosixPath parts
# and parents, relative_to errors, rename, unlink.
import sys
from pathlib import Path, PurePosixPath
base = Path(sys.argv[1])
proj = base / "proj"
(proj / "src" / "pkg").mkdir(parents=True)
(proj / "docs").mkdir()
files = {"src/pkg/__init__.py": "", "src/pkg/core.py": "x = 1\n", "src/main.py": "print()\n",
         "docs/index.md": "# Title\n", "docs/guide.tar.gz": "", "README": "readme\n"}
for name, text in files.items():
    p = proj / name
    print(name, p.write_text(text))
for p in sorted(proj.rglob("*.py")):
    print(p.relative_to(base), p.name, p.stem, p.suffix, p.parent.name)
print(sorted(x.name for x in proj.iterdir()))
print(sorted(str(x.relative_to(proj)) for x in proj.glob("*/*")))
print(sorted(str(x.relative_to(proj)) for x in proj.glob("**/*.md")))
g = proj / "docs" / "guide.tar.gz"
print(g.suffixes, g.stem, g.with_suffix(".zip").name, g.with_name("x.txt").name)
print(g.exists(), g.is_file(), g.is_dir(), (proj / "nope").exists())
r = proj / "README"
print(r.read_text(), r.read_bytes(), r.stat().st_size)
r.write_bytes(b"new\x00bytes")
print(r.read_bytes())
q = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(q.parts, q.anchor, q.root, q.parents[1], list(map(str, q.parents))[:3])
print(q.is_absolute(), PurePosixPath("a/b").is_absolute(), q.match("*.py"), q.match("lib/*.py"))
print(PurePosixPath("a") / "b" / "../c", PurePosixPath("a//b/./c"))
try:
    q.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
try:
    (proj / "nope.txt").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, Path(e.filename).name)
new = proj / "docs" / "index.md"
moved = new.rename(proj / "index.md")
print(moved.name, new.exists(), moved.exists())
(proj / "empty").mkdir()
(proj / "empty").rmdir()
try:
    (proj / "src").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.strerror)
(proj / "src").mkdir(exist_ok=True)
moved.unlink()
print(sorted(p.name for p in proj.iterdir()))
print(Path("a/b.txt").with_stem("c"), repr(PurePosixPath("x/y")), str(Path("")))
print(Path("/a/b").joinpath("c", "d"), Path("a/b/c").parent.parent, Path("x.py").suffix == ".py")
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(PurePosixPath("a/b") == PurePosixPath("a//b"), hash(PurePosixPath("a/b")) == hash(PurePosixPath("a/b")))
