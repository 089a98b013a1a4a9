import tarfile, io, os, sys
os.chdir(sys.argv[1])
with open("f.txt", "w") as f: f.write("hello\n")
os.utime("f.txt", (1600000000.25, 1600000000.75))
with tarfile.open("a.tar", "w") as tf:
    tf.add("f.txt")
    ti = tf.gettarinfo("f.txt", arcname="g.txt")
    print(ti.name, ti.size, ti.mtime, ti.isreg())
print(os.path.getsize("a.tar"))
with tarfile.open("a.tar") as tf:
    m = tf.getmember("f.txt")
    print(m.mtime, m.pax_headers)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w|gz") as tf:
    ti = tarfile.TarInfo("s.txt"); ti.size = 3
    tf.addfile(ti, io.BytesIO(b"abc"))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r|*") as tf:
    for m in tf:
        print(m.name, tf.extractfile(m).read())
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tf:
    ti = tarfile.TarInfo("/etc/evil"); ti.size = 1
    tf.addfile(ti, io.BytesIO(b"x"))
    ti = tarfile.TarInfo("../up"); ti.size = 1
    tf.addfile(ti, io.BytesIO(b"y"))
buf.seek(0)
with tarfile.open(fileobj=buf) as tf:
    for m in tf.getmembers():
        try:
            tf.extract(m, "dest", filter="data")
            print("extracted", m.name)
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(os.getcwd(), "CWD"))
    try:
        tf.extractall("dest", filter="bogus")
    except ValueError as e:
        print(e)
print(sorted(os.listdir("dest")))
with tarfile.open("a.tar") as tf:
    tf.extractall("d2", members=[m for m in tf if m.name.startswith("f")])
print(os.listdir("d2"), os.stat("d2/f.txt").st_mtime)
tf = tarfile.open("a.tar")
print(tf.name == os.path.abspath("a.tar"), tf.mode, tf.closed, tf.format, tf.getnames())
tf.close()
with tarfile.TarFile("b.tar", "w") as tf:
    tf.add("f.txt", arcname="inner/f.txt")
with tarfile.TarFile("b.tar") as tf:
    print(tf.getnames())
tarfile.open("b.tar", "w:gz").close()
print(tarfile.open("b.tar", "r:gz").getmembers())
with tarfile.open("b.tar", "r:gz") as tf:
    with tf:
        pass
