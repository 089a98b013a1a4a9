import filecmp, os, sys
base = sys.argv[1]
a = os.path.join(base, "a"); b = os.path.join(base, "b")
os.makedirs(os.path.join(a, "sub")); os.makedirs(os.path.join(b, "sub"))
def w(p, s):
    with open(p, "w") as f: f.write(s)
    os.utime(p, (1000, 1000 + len(s)))
w(os.path.join(a, "x.txt"), "hello"); w(os.path.join(b, "x.txt"), "hello")
w(os.path.join(a, "y.txt"), "one"); w(os.path.join(b, "y.txt"), "two")
w(os.path.join(a, "only_a.txt"), "a"); w(os.path.join(b, "only_b.txt"), "b")
w(os.path.join(a, "sub", "z"), "zz"); w(os.path.join(b, "sub", "z"), "zz")
print(filecmp.cmp(os.path.join(a, "x.txt"), os.path.join(b, "x.txt")))
print(filecmp.cmp(os.path.join(a, "y.txt"), os.path.join(b, "y.txt"), shallow=False))
match, mismatch, errors = filecmp.cmpfiles(a, b, ["x.txt", "y.txt", "nope"])
print(match, mismatch, errors)
d = filecmp.dircmp(a, b)
print(sorted(d.left_only), sorted(d.right_only), sorted(d.common))
print(sorted(d.same_files), sorted(d.diff_files), sorted(d.common_dirs))
print(sorted(d.subdirs))
print(d.subdirs["sub"].same_files)
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    d.report()
print(buf.getvalue().replace(base, "BASE"))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    d.report_full_closure()
print(buf.getvalue().replace(base, "BASE"))
print(filecmp.DEFAULT_IGNORES[:3])
filecmp.clear_cache()
