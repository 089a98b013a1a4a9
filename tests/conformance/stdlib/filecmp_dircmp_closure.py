import filecmp, os, sys, io, contextlib
base = sys.argv[1]
os.chdir(base)
for d in ["L/x/y", "R/x/y", "L/k", "R/k.f"]:
    os.makedirs(d)
def w(p, s):
    with open(p, "w") as f: f.write(s)
    os.utime(p, (1000, 1000 + len(s)))
w("L/x/y/deep", "1"); w("R/x/y/deep", "2"); w("R/k", "file not dir") if False else None
w("L/same", "abc"); w("R/same", "abc"); w("L/CVS", "ign"); w("R/tags", "ign")
os.mkdir("R/k")  # both dirs
w("L/kind", "f"); os.mkdir("R/kind")
d = filecmp.dircmp("L", "R")
print(d.left_list, d.right_list)
print(d.common_funny, d.common_dirs)
d.report_partial_closure()
print("--")
d.report_full_closure()
d2 = filecmp.dircmp("L", "R", ignore=[], hide=["same"])
print(d2.left_list, d2.common)
try: d.nope
except AttributeError as e: print("AttributeError", e)
print(filecmp.dircmp[int])
print(filecmp.cmp("L/same", "R/same", shallow=False))
try: filecmp.cmp("L/none", "R/same")
except FileNotFoundError as e: print(e)
print(filecmp.cmp("L/x", "R/x"))
print(filecmp.cmpfiles("L", "R", ["same", "kind", "x"], shallow=False))
