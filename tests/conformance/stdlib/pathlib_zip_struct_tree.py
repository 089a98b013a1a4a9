# A project tree in a temporary directory: pathlib walking and path algebra, struct records,
# hashlib over files, base64, an in-memory zip archive, pickle, shutil copy/move/rmtree, glob
# and os.walk.
import sys, os, pathlib, shutil, glob, json, pickle, struct, hashlib, base64, zipfile, io
root = pathlib.Path(sys.argv[1]) / "proj"
(root / "src" / "pkg").mkdir(parents=True)
(root / "docs").mkdir()
files = {"src/pkg/__init__.py": "", "src/pkg/core.py": "def f():\n    return 1\n",
         "src/main.py": "import pkg\n", "docs/readme.md": "# Title\n\nText.\n",
         "setup.cfg": "[metadata]\nname = proj\n", "data.bin": None}
for rel, text in files.items():
    p = root / rel
    if text is None:
        p.write_bytes(struct.pack("<3I2d", 1, 2, 3, 1.5, -2.25))
    else:
        p.write_text(text)
rel = lambda p: p.relative_to(root).as_posix()
print(sorted(rel(p) for p in root.rglob("*")))
print(sorted(rel(p) for p in root.glob("**/*.py")))
print(sorted(rel(p) for p in root.glob("*/")))
print([p.name for p in sorted(root.iterdir())])
p = root / "src" / "pkg" / "core.py"
print(p.name, p.stem, p.suffix, p.suffixes, p.parent.name, [x.name for x in p.parents][:3])
print(p.with_suffix(".txt").name, p.with_name("x.py").name, p.with_stem("kernel").name)
print(p.read_text().splitlines(), p.stat().st_size, p.exists(), p.is_file(), p.is_dir())
print(pathlib.PurePosixPath("/a/b/../c").parts, pathlib.PurePath("a", "b", "c.tar.gz").suffixes)
print(pathlib.Path("a/b").joinpath("c", "d").as_posix(), pathlib.Path("/x/y") / "z")
print(pathlib.PurePath("a/b/c").match("*/c"), pathlib.PurePath("a/b/c").match("a/*"))
print(pathlib.PurePath("/etc/passwd").is_relative_to("/etc"), pathlib.PurePath("a") < pathlib.PurePath("b"))
unpacked = struct.unpack("<3I2d", (root / "data.bin").read_bytes())
print(unpacked, struct.calcsize("<3I2d"), struct.calcsize("3I2d"))
rec = struct.Struct(">HhBs4s?")
packed = rec.pack(65535, -2, 7, b"z", b"abcd", True)
print(packed.hex(), rec.unpack(packed), rec.size, rec.format)
print(list(struct.iter_unpack("<hh", bytes(range(8)))))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error", e)
buf = bytearray(10); struct.pack_into("<I", buf, 3, 0xdeadbeef); print(buf.hex(), struct.unpack_from("<I", buf, 3))
digest = hashlib.sha256()
for f in sorted(root.rglob("*")):
    if f.is_file():
        digest.update(f.read_bytes())
print(digest.hexdigest()[:16], hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest()[:10])
print(hashlib.new("sha512", b"x").hexdigest()[:20], hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(base64.b64encode(b"hello world").decode(), base64.urlsafe_b64encode(b"\xfb\xff").decode(), base64.b32encode(b"ab"), base64.b16decode("4142"))
mem = io.BytesIO()
with zipfile.ZipFile(mem, "w", zipfile.ZIP_DEFLATED) as zf:
    for f in sorted(root.rglob("*")):
        if f.is_file():
            zf.write(f, rel(f))
    zf.writestr("extra/note.txt", "note\n" * 20)
with zipfile.ZipFile(io.BytesIO(mem.getvalue())) as zf:
    print(zf.namelist())
    print([(i.filename, i.file_size) for i in zf.infolist()][:3])
    print(zf.read("src/pkg/core.py").decode().split("\n")[0], zf.testzip())
    with zf.open("extra/note.txt") as fh:
        print(fh.readline(), len(fh.read()))
state = {"files": sorted(rel(p) for p in root.rglob("*.py")), "sizes": (1, 2.5, None), "set": {3, 1, 2}}
blob = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
print(pickle.loads(blob) == state, pickle.loads(pickle.dumps(state, 0)) == state)
shutil.copytree(root / "src", root / "src_copy")
print(sorted(rel(p) for p in (root / "src_copy").rglob("*")))
shutil.move(str(root / "src_copy"), str(root / "moved"))
shutil.copy(root / "setup.cfg", root / "moved" / "setup.cfg")
print(sorted(os.listdir(root)), os.path.exists(root / "moved" / "setup.cfg"))
shutil.rmtree(root / "moved")
print(sorted(os.path.relpath(x, root) for x in glob.glob(str(root / "**" / "*.py"), recursive=True)))
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(os.path.relpath(dirpath, root), sorted(filenames))
print(json.dumps({"n": len(list(root.rglob("*")))}))
(root / "docs" / "readme.md").rename(root / "docs" / "README.md")
print(sorted(x.name for x in (root / "docs").iterdir()))
(root / "docs" / "README.md").unlink(); (root / "docs").rmdir()
print((root / "docs").exists())
try:
    (root / "nope.txt").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
