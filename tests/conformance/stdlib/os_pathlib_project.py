import sys
from pathlib import Path, PurePosixPath
base = Path(sys.argv[1])
root = base / "site"
(root / "posts" / "2023").mkdir(parents=True)
(root / "posts" / "2024").mkdir(parents=True, exist_ok=True)
(root / "static").mkdir()
for name, text in {"posts/2023/hello.md": "# Hello\nworld\n", "posts/2024/new-year.md": "# New\n",
                   "posts/2024/draft.txt": "todo", "static/style.css": "body{}", "index.html": "<html>"}.items():
    (root / name).write_text(text)
print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md")))
print(sorted(p.name for p in root.glob("*")))
print(sorted(str(p.relative_to(root)) for p in root.glob("posts/*/*")))
print(sorted(p.name for p in (root / "posts").iterdir()))
for p in sorted(root.rglob("*")):
    if p.is_file():
        print(f"{p.relative_to(root)!s:<25} {p.stat().st_size:>4} {p.suffix!r} {p.stem}")
md = root / "posts" / "2023" / "hello.md"
print(md.read_text().splitlines()[0], md.exists(), md.is_dir(), md.parent.name)
print([p.name for p in md.parents][:3], md.parts[-3:], md.anchor)
html = md.with_suffix(".html")
print(html.name, md.with_name("bye.md").name, md.with_stem("howdy").name)
md.rename(md.with_name("renamed.md"))
print(sorted(p.name for p in md.parent.iterdir()))
new = md.with_name("renamed.md")
new.write_bytes(b"bytes\x00here")
print(new.read_bytes(), new.stat().st_size)
with new.open("a") as f:
    f.write("!")
print(new.read_bytes())
new.unlink()
print(new.exists())
try:
    new.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
new.unlink(missing_ok=True)
try:
    (root / "static").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.strerror)
(root / "static" / "style.css").unlink()
(root / "static").rmdir()
print((root / "static").exists())
pp = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/__init__.py")
print(pp.name, pp.suffix, pp.suffixes, pp.stem, pp.parent.parent.name, pp.is_absolute())
print(pp.relative_to("/usr/local"), pp.match("*.py"), pp.match("lib/*.py"))
try:
    pp.relative_to("/opt")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("x.tar.gz").suffixes)
print(PurePosixPath("/a") / "/b", PurePosixPath("a", "b", "c").joinpath("d").as_posix())
print(repr(PurePosixPath("a/b")), PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]))
print(Path("rel/x.py").is_absolute(), (base / "nope").exists(), (base / "nope").is_file())
print(str(Path("~")), Path("a/b/c.txt").with_suffix("").name, Path("a").with_suffix(".py"))
try:
    Path("a/b").with_suffix("py")
except ValueError as e:
    print("ValueError:", e)
print(Path(".").resolve() == Path.cwd(), Path(base).samefile(str(base)))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a/b")), PurePosixPath("A").name.lower())
print(sorted(p.relative_to(base).as_posix() for p in base.glob("**/")))
