# tempfile, shutil, glob and fnmatch on a scratch tree (results sorted where CPython orders by directory).
import tempfile, shutil, glob, fnmatch, os
print(fnmatch.fnmatch("data.csv", "*.csv"), fnmatch.fnmatch("x.CSV", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py", ".h.py"], "*.py"), fnmatch.fnmatchcase("A1", "[A-Z][0-9]"), fnmatch.fnmatch("a]", "[]]"), fnmatch.fnmatch("b", "[!a-c]"), fnmatch.fnmatch("d", "[!a-c]"), fnmatch.fnmatch("[x", "[x"))
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
    for sub in ["a", "a/b", "c", ".hid"]:
        os.makedirs(os.path.join(d, sub), exist_ok=True)
    for f in ["a/x.txt", "a/b/y.txt", "a/b/z.py", "c/w.txt", "top.txt", ".hid/h.txt", ".dot.txt"]:
        with open(os.path.join(d, f), "w") as fh: fh.write(f * 3)
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, "*.txt"))), rel(glob.glob(os.path.join(d, "*"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)), rel(glob.glob(os.path.join(d, "*", "*.txt"))))
    print(rel(glob.glob(os.path.join(d, "a", "**"), recursive=True)), rel(glob.glob(os.path.join(d, "?/*"))), rel(glob.glob(os.path.join(d, "a/b/[yz].*"))))
    print(sorted(glob.glob("*.txt", root_dir=d)), sorted(glob.glob("**/*.py", root_dir=d, recursive=True)), glob.glob(os.path.join(d, "nothing*")), glob.escape("a*b?[c]"))
    shutil.copy(os.path.join(d, "top.txt"), os.path.join(d, "c"))
    shutil.copytree(os.path.join(d, "a"), os.path.join(d, "a2"), ignore=shutil.ignore_patterns("*.py"))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    shutil.move(os.path.join(d, "a2"), os.path.join(d, "c"))
    shutil.rmtree(os.path.join(d, "a"))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    with open(os.path.join(d, "c", "a2", "x.txt")) as fh: print(fh.read())
    try: shutil.copyfile(os.path.join(d, "top.txt"), os.path.join(d, "top.txt"))
    except shutil.SameFileError as e: print("SameFileError", str(e).replace(d, "D"))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=d) as tf:
        tf.write("hello\n"); tf.seek(0); print(tf.read(), tf.name.endswith(".log"), os.path.exists(tf.name))
    print(os.path.exists(tf.name))
    tf = tempfile.NamedTemporaryFile(delete=False, dir=d); tf.write(b"bytes"); tf.close(); print(open(tf.name, "rb").read())
    with tempfile.TemporaryFile() as t2: t2.write(b"abc"); t2.seek(0); print(t2.read())
    md = tempfile.mkdtemp(prefix="pre_", suffix="_suf", dir=d); print(os.path.basename(md)[:4], md.endswith("_suf"), os.path.isdir(md))
print(os.path.exists(d), tempfile.gettempdir() == "/tmp", tempfile.gettempprefix())
