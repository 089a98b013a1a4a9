# shutil copy/copytree/move/rmtree, glob patterns, fnmatch, tempfile helpers, stat modes, scandir.
import os, sys, shutil, tempfile, glob, fnmatch, stat
base = sys.argv[1]
os.chdir(base)
os.makedirs("src/a/b")
for n in ["src/x.txt", "src/a/y.txt", "src/a/b/z.log", "src/a/b/w.txt"]:
    with open(n, "w") as f:
        f.write(n * 3)
print(shutil.copy("src/x.txt", "copy.txt"))
print(shutil.copy2("src/x.txt", "src/a"))
print(shutil.copyfile("src/x.txt", "cf.txt"))
print(shutil.copytree("src", "dst"))
print(sorted(glob.glob("dst/**/*.txt", recursive=True)))
print(sorted(glob.glob("dst/*")), sorted(glob.glob("*.txt")), glob.glob("nothing*"))
print(sorted(glob.glob("dst/a/?.*")), sorted(glob.iglob("**/", recursive=True)))
print(shutil.move("copy.txt", "dst/moved.txt"), os.path.exists("copy.txt"))
print(shutil.move("dst/a", "moved_dir"))
for root, dirs, files in sorted(os.walk(".")):
    print(root, sorted(dirs), sorted(files))
shutil.rmtree("dst")
print(sorted(os.listdir(".")))
try:
    shutil.rmtree("nonexistent")
except FileNotFoundError as e:
    print("FNF", e.errno, e.filename)
try:
    shutil.copy("nonexistent", "x")
except FileNotFoundError as e:
    print(e)
try:
    shutil.copytree("src", "moved_dir")
except FileExistsError as e:
    print(e)
shutil.copytree("src", "moved_dir", dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.log"))
print(sorted(os.listdir("moved_dir")), sorted(os.listdir("moved_dir/b")))
print(fnmatch.fnmatch("file.TXT", "*.txt"), fnmatch.fnmatchcase("file.TXT", "*.txt"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.p[yw]"))
with tempfile.TemporaryDirectory(dir=base) as td:
    p = os.path.join(td, "f")
    open(p, "w").write("hi")
    print(os.path.exists(p), os.path.dirname(p) == td)
print(os.path.exists(td))
with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=base, delete=False) as tf:
    tf.write("a,b\n1,2\n")
    tf.seek(0)
    print(tf.read(), tf.name.endswith(".csv"))
print(os.path.exists(tf.name)); os.unlink(tf.name)
with tempfile.TemporaryFile() as tf:
    tf.write(b"binary")
    tf.seek(0)
    print(tf.read())
fd, name = tempfile.mkstemp(prefix="pre_", dir=base)
os.write(fd, b"xyz"); os.close(fd)
print(os.path.basename(name).startswith("pre_"), open(name).read())
d = tempfile.mkdtemp(dir=base)
print(os.path.isdir(d))
st = os.stat("cf.txt")
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(os.stat("src").st_mode)[0])
os.chmod("cf.txt", 0o600)
print(oct(stat.S_IMODE(os.stat("cf.txt").st_mode)), stat.filemode(os.stat("cf.txt").st_mode))
print(shutil.which("definitely-not-a-cmd"))
usage = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk("src") for f in fs)
print(usage)
entries = sorted(os.scandir("src"), key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_file(), e.is_dir(), e.stat().st_size if e.is_file() else "-")
print(repr(entries[0]))
with os.scandir("src") as it:
    print(sorted(e.name for e in it))
