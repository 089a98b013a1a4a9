import os, sys, shutil, tempfile
base = sys.argv[1]
root = os.path.join(base, "proj")
for d in ["src/pkg", "src/pkg/sub", "docs", "tests", ".hidden"]:
    os.makedirs(os.path.join(root, d), exist_ok=True)
files = {
    "README.md": "# Project\n\nSome text.\n",
    "src/pkg/__init__.py": "",
    "src/pkg/core.py": "def f():\n    return 1\n" * 3,
    "src/pkg/sub/util.py": "X = 1\n",
    "docs/guide.txt": "line\n" * 10,
    "tests/test_core.py": "import pkg\n",
    ".hidden/secret": "s",
}
for rel, text in files.items():
    with open(os.path.join(root, rel), "w") as f:
        f.write(text)
try:
    os.makedirs(os.path.join(root, "docs"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, os.path.relpath(e.filename, base))
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    rel = os.path.relpath(dirpath, root)
    print(rel, sorted(dirnames), sorted(filenames))
print("--- bottom up")
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    print(os.path.relpath(dirpath, root), len(filenames)) if False else None
sizes = {}
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    for fn in filenames:
        p = os.path.join(dirpath, fn)
        sizes[os.path.relpath(p, root)] = os.path.getsize(p)
for k in sorted(sizes):
    print(f"{k:<25}{sizes[k]:>6}")
print("total", sum(sizes.values()))
py = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith(".py"))
print(py)
for p in py:
    head, tail = os.path.split(p)
    stem, ext = os.path.splitext(tail)
    print(head, tail, stem, ext, os.path.basename(head), os.path.dirname(p))
print(sorted(os.listdir(root)))
with os.scandir(root) as it:
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
print(entries)
os.rename(os.path.join(root, "README.md"), os.path.join(root, "README.rst"))
print(os.path.exists(os.path.join(root, "README.md")), os.path.isfile(os.path.join(root, "README.rst")))
os.remove(os.path.join(root, "README.rst"))
try:
    os.remove(os.path.join(root, "README.rst"))
except FileNotFoundError as e:
    print("gone:", e.errno, type(e).__name__)
try:
    os.rmdir(os.path.join(root, "docs"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(root, "nope"))
except FileNotFoundError as e:
    print(str(e).replace(base, "<tmp>"))
shutil.copytree(os.path.join(root, "src"), os.path.join(root, "src_copy"))
print(sorted(os.listdir(os.path.join(root, "src_copy", "pkg"))))
shutil.copy(os.path.join(root, "docs", "guide.txt"), os.path.join(root, "guide2.txt"))
print(open(os.path.join(root, "guide2.txt")).read().count("line"))
shutil.move(os.path.join(root, "guide2.txt"), os.path.join(root, "docs", "guide3.txt"))
print(sorted(os.listdir(os.path.join(root, "docs"))))
shutil.rmtree(os.path.join(root, "src_copy"))
print(os.path.isdir(os.path.join(root, "src_copy")))
st = os.stat(os.path.join(root, "docs", "guide.txt"))
print(st.st_size, type(st.st_mtime).__name__, oct(st.st_mode & 0o777) != "", __import__("stat").S_ISREG(st.st_mode))
print(os.path.join("a", "b", "/c", "d"), os.path.normpath("a/./b/../c//d/"), os.path.splitext("archive.tar.gz"))
print(os.path.splitext(".bashrc"), os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["abc", "abd"]))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.name)
d = tempfile.mkdtemp(dir=base)
print(os.path.isdir(d), os.path.dirname(d) == base, os.path.basename(d).startswith("tmp"))
with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".log", delete=True) as t:
    t.write("hello")
    t.seek(0)
    print(t.read(), t.name.endswith(".log"))
print(os.path.exists(t.name))
with tempfile.TemporaryDirectory(dir=base) as td:
    open(os.path.join(td, "f"), "w").close()
    print(os.listdir(td))
print(os.path.exists(td))
cwd = os.getcwd()
os.chdir(root)
print(os.getcwd() == os.path.realpath(root), sorted(os.listdir(".")))
os.chdir(cwd)
os.environ["OSIO_TEST"] = "42"
print(os.environ.get("OSIO_TEST"), os.getenv("OSIO_TEST"), "OSIO_TEST" in os.environ, os.getenv("OSIO_NOPE", "dflt"))
del os.environ["OSIO_TEST"]
print(os.environ.get("OSIO_TEST"))
