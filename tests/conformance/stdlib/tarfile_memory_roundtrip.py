import tarfile, io, sys, os
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tf:
    for name, data in [("a.txt", b"alpha\n"), ("dir/b.txt", b"beta" * 100)]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1700000000
        tf.addfile(info, io.BytesIO(data))
print(len(buf.getvalue()) % 512, len(buf.getvalue()))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r") as tf:
    print(tf.getnames())
    for m in tf.getmembers():
        print(m.name, m.size, m.isfile(), m.isdir(), m.mtime, oct(m.mode))
    print(tf.extractfile("a.txt").read())
    print(len(tf.extractfile("dir/b.txt").read()))
    try:
        tf.getmember("zzz")
    except KeyError as e:
        print("KeyError", e)
base = sys.argv[1]
p = os.path.join(base, "x.tar.gz")
src = os.path.join(base, "src"); os.mkdir(src)
with open(os.path.join(src, "f1"), "w") as f: f.write("file one\n")
with tarfile.open(p, "w:gz") as tf:
    tf.add(src, arcname="src")
print(tarfile.is_tarfile(p))
with tarfile.open(p) as tf:
    print(sorted(tf.getnames()))
    out = os.path.join(base, "out")
    tf.extractall(out)
print(open(os.path.join(base, "out", "src", "f1")).read())
