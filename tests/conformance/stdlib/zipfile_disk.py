# zipfile with files on disk: write() from paths (files and a directory), extract/extractall,
# appending to an existing archive and is_zipfile on paths.
import os
import sys
import zipfile

d = sys.argv[1] if len(sys.argv) > 1 else "."
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "a.txt"), "w") as f:
    f.write("alpha\n" * 100)
with open(os.path.join(src, "sub", "b.txt"), "w") as f:
    f.write("beta\n")
zp = os.path.join(d, "out.zip")
with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.write(os.path.join(src, "a.txt"), "a.txt")
    zf.write(os.path.join(src, "sub", "b.txt"), arcname="sub/b.txt")
    zf.write(os.path.join(src, "sub"), "subdir")
print(os.path.getsize(zp))
with zipfile.ZipFile(zp) as zf:
    for i in zf.infolist():
        print(i.filename, i.file_size, i.compress_size, i.compress_type, i.is_dir(), i.CRC)
    zf.extractall(os.path.join(d, "x"))
    print(os.path.relpath(zf.extract("a.txt", os.path.join(d, "y")), d))
for root, dirs, files in sorted(os.walk(os.path.join(d, "x"))):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
with open(os.path.join(d, "x", "sub", "b.txt")) as f:
    print(f.read())
with zipfile.ZipFile(zp, "a") as zf:
    zf.writestr("new.txt", "new")
with zipfile.ZipFile(zp) as zf:
    print(zf.namelist(), zf.read("new.txt"), zf.read("a.txt")[:12])
print(zipfile.is_zipfile(zp), zipfile.is_zipfile(os.path.join(src, "a.txt")))
