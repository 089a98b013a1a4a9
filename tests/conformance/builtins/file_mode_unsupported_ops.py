import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "f")
for mode in ["w", "a", "x", "wb", "ab"]:
    if os.path.exists(p): os.remove(p)
    with open(p, mode) as fh:
        for op in ["read", "readline", "readlines", "__iter__", "__next__"]:
            try:
                r = getattr(fh, op)()
                if op == "__iter__": next(r)
                print(mode, op, "ok")
            except Exception as e:
                print(mode, op, type(e).__name__, e)
for mode in ["r", "rb"]:
    with open(p, mode) as fh:
        for op in ["write"]:
            try: fh.write("x" if mode == "r" else b"x")
            except Exception as e: print(mode, op, type(e).__name__, e)
with open(p, "w+") as fh:
    fh.write("abc"); fh.seek(0); print(fh.read())
with open(p, "a+") as fh:
    fh.write("d"); fh.seek(0); print(fh.read())
os.remove(p); os.rmdir(d)
