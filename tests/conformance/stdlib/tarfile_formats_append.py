import tarfile, io, os, sys
base = sys.argv[1]
os.chdir(base)
os.makedirs("proj/src/pkg")
files = {"proj/README.md": "# Proj\n", "proj/src/main.py": "print('hi')\n", "proj/src/pkg/__init__.py": "", "proj/src/pkg/util.py": "X = 1\n" * 50}
for p, text in files.items():
    with open(p, "w") as f: f.write(text)
    os.utime(p, (1600000000, 1600000000))
os.chmod("proj/src/main.py", 0o755)
def strip_meta(ti):
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = "nobody"
    ti.mtime = 1600000000
    return ti
def excl(ti):
    return None if ti.name.endswith("__init__.py") else strip_meta(ti)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        tf.add("proj", filter=excl)
    data = buf.getvalue()
    print(fmt, len(data), sum(data) % 99991)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        for m in tf:
            print(" ", m.name, m.type, m.size, oct(m.mode), m.uname, m.mtime, m.isdir(), m.isfile())
with tarfile.open("p.tar", "w") as tf:
    tf.add("proj", arcname="renamed", filter=strip_meta)
with tarfile.open("p.tar", "a") as tf:
    info = tarfile.TarInfo("extra/notes.txt")
    payload = "appended ✓\n".encode()
    info.size = len(payload); info.mtime = 1700000000; info.mode = 0o600
    tf.addfile(info, io.BytesIO(payload))
print(os.path.getsize("p.tar"))
with tarfile.open("p.tar", "r:") as tf:
    print(tf.getnames())
    tf.list(verbose=False)
    m = tf.getmember("renamed/src/main.py")
    print(m.mode & 0o777, tf.extractfile(m).read().decode())
    f = tf.extractfile("renamed/src/pkg/util.py")
    print(f.readline(), len(f.readlines()), f.read())
    print(tf.extractfile("renamed/src"))
    tf.extractall("out", filter="data")
    tf.extract("extra/notes.txt", path="out2")
for root, dirs, fs in sorted(os.walk("out")):
    print(root, sorted(dirs), sorted(fs))
print(open("out2/extra/notes.txt", encoding="utf-8").read(), oct(os.stat("out/renamed/src/main.py").st_mode & 0o777), os.stat("out/renamed/README.md").st_mtime)
with tarfile.open("p.tgz", "w:gz") as tf:
    tf.add("proj/README.md", arcname="README.md")
print(tarfile.is_tarfile("p.tgz"), tarfile.is_tarfile("proj/README.md"))
with tarfile.open("p.tgz", "r:gz") as tf:
    print([(m.name, m.size) for m in tf.getmembers()])
with tarfile.open("p.tgz") as tf:
    print(tf.getnames())
try:
    tarfile.open("proj/README.md")
except tarfile.ReadError as e:
    print("ReadError:", str(e).splitlines()[-1])
try:
    tarfile.open("p.tar", "r:bz2")
except tarfile.TarError as e:
    print(type(e).__name__, e)
try:
    tarfile.open("p.tar", "w:zip")
except tarfile.CompressionError as e:
    print(e)
try:
    tarfile.open("p.tar", "q")
except ValueError as e:
    print(e)
with tarfile.open("p.tar") as tf:
    try: tf.addfile(tarfile.TarInfo("x"))
    except OSError as e: print(e)
try: tf.getnames()
except OSError as e: print(e)
t = tarfile.TarInfo("a/b")
print(t.name, t.path, t.mode, t.type, t.size, t.isreg(), t.linkname, t.uname, repr(t.get_info()))
print(len(t.tobuf()), t.tobuf()[:20], t.tobuf()[148:157])
long = tarfile.TarInfo("d/" * 60 + "f.txt")
print(len(long.tobuf(tarfile.PAX_FORMAT)), len(long.tobuf(tarfile.GNU_FORMAT)), len(long.tobuf(tarfile.USTAR_FORMAT)))
u = tarfile.TarInfo("ünï.txt"); u.mtime = 1.5
print(len(u.tobuf()), tarfile.TarInfo.frombuf(u.tobuf(tarfile.GNU_FORMAT), "utf-8", "strict").name)
try: tarfile.TarInfo.frombuf(b"x" * 512, "utf-8", "strict")
except tarfile.HeaderError as e: print(type(e).__name__, e)
big = tarfile.TarInfo("big"); big.size = 8 ** 11
print(len(big.tobuf()), tarfile.TarInfo.frombuf(big.tobuf(tarfile.GNU_FORMAT), "utf-8", "strict").size)
try: big.tobuf(tarfile.USTAR_FORMAT)
except ValueError as e: print(e)
