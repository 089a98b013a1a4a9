import tarfile, io
# build an archive in memory with dirs, symlinks, hard links
buf = io.BytesIO()
tf = tarfile.open(mode="w", fileobj=buf)
d = tarfile.TarInfo("data"); d.type = tarfile.DIRTYPE; d.mode = 0o755; d.mtime = 1000
tf.addfile(d)
for i in range(3):
    body = (f"row {i}\n" * (i + 1)).encode()
    ti = tarfile.TarInfo(f"data/file{i}.csv"); ti.size = len(body); ti.mtime = 1000 + i
    tf.addfile(ti, io.BytesIO(body))
s = tarfile.TarInfo("data/latest.csv"); s.type = tarfile.SYMTYPE; s.linkname = "file2.csv"
tf.addfile(s)
h = tarfile.TarInfo("data/hard.csv"); h.type = tarfile.LNKTYPE; h.linkname = "data/file1.csv"
tf.addfile(h)
tf.close()
print(len(buf.getvalue()), tf.closed)
buf.seek(0)
tf = tarfile.open(fileobj=buf, mode="r")
for m in tf.getmembers():
    print(f"{m.name:20} type={m.type!r} size={m.size} link={m.linkname!r} sym={m.issym()} lnk={m.islnk()} dev={m.isdev()} {m.offset} {m.offset_data}")
print(tf.extractfile("data/latest.csv").read())
print(tf.extractfile("data/hard.csv").read())
print(tf.next())
tf.list()
tf.close()
try:
    tf.getmembers()
except OSError as e:
    print(e)
print(tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.REGTYPE, tarfile.ENCODING)
print(tarfile.is_tarfile(io.BytesIO(buf.getvalue())), tarfile.is_tarfile(io.BytesIO(b"hello")))
empty = io.BytesIO()
tarfile.open(fileobj=empty, mode="w").close()
print(len(empty.getvalue()))
empty.seek(0)
print(tarfile.open(fileobj=empty).getmembers())
try:
    tarfile.open(fileobj=io.BytesIO(b""))
except tarfile.ReadError as e:
    print(repr(e).splitlines()[-1] if False else str(e).splitlines()[-1])
try:
    tarfile.open(fileobj=io.BytesIO(b""), mode="r:")
except tarfile.ReadError as e:
    print(e)
r = tarfile.TarInfo("x").replace(name="y", mtime=5)
print(r.name, r.mtime)
