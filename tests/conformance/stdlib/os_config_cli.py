import configparser, sys, os, io, getopt, shlex, fnmatch, glob
base = sys.argv[1]
ini = os.path.join(base, "app.ini")
with open(ini, "w") as f:
    f.write("""# comment
[DEFAULT]
root = /srv
debug = no

[server]
host = 0.0.0.0
port = 8080
url = http://%(host)s:%(port)s/
timeout = 2.5

[paths]
data = %(root)s/data
logs : %(root)s/logs
multi = first
    second
    third

[empty]
""")
cp = configparser.ConfigParser()
print(cp.read([ini, os.path.join(base, "missing.ini")]) == [ini])
print(cp.sections(), cp.defaults())
print(cp["server"]["url"], cp.getint("server", "port"), cp.getfloat("server", "timeout"), cp.getboolean("server", "debug"))
print(cp.get("paths", "data"), cp["paths"]["logs"], cp.get("paths", "multi").splitlines())
print(sorted(cp["server"]), "host" in cp["server"], cp.has_option("paths", "root"), cp.has_section("nope"))
print(cp.get("server", "missing", fallback="fb"), cp["server"].get("nope", "d2"), cp.getint("server", "nope", fallback=0))
print(cp.get("server", "url", raw=True), cp.items("empty"))
for exc_call in [lambda: cp.get("nope", "x"), lambda: cp.get("server", "nope"), lambda: cp.getint("server", "host"),
                 lambda: cp.add_section("server"), lambda: cp.read_string("[a]\nx=1\nx=2\n"),
                 lambda: configparser.ConfigParser().read_string("no section\n")]:
    try:
        exc_call()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, "|", str(e).replace(base, "<tmp>"))
cp["server"]["port"] = "9090"
cp.set("paths", "cache", "%(root)s/cache")
cp.add_section("new")
cp["new"].update({"a": "1", "b": "two"})
cp.remove_option("server", "timeout")
cp.remove_section("empty")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
raw = configparser.RawConfigParser()
raw.read_string("[x]\nv = %(nope)s\n")
print(raw.get("x", "v"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"a": {"x": "1"}, "b": {"y": "${a:x}-2", "z": "$$"}})
print(ext["b"]["y"], ext["b"]["z"])
c2 = configparser.ConfigParser(allow_no_value=True, delimiters=("=",))
c2.optionxform = str
c2.read_string("[Flags]\nVerbose\nKey = Val\n")
print(dict(c2["Flags"]))
opts, args = getopt.getopt(["-v", "-o", "out.txt", "--level=3", "in1", "in2"], "vo:", ["level=", "help"])
print(opts, args)
try:
    getopt.getopt(["-x"], "vo:")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
print(getopt.gnu_getopt(["a", "-v", "b"], "v"))
print(shlex.split('cmd --name "two words" \'q\' esc\\ aped'), shlex.quote("it's"), shlex.join(["a b", "c"]))
for n in ["a.py", "b.txt", "c.PY", "data_1.csv"]:
    print(n, fnmatch.fnmatch(n, "*.py"), fnmatch.fnmatchcase(n, "*.py"), fnmatch.fnmatch(n, "data_[0-9].*"))
print(fnmatch.filter(["x.c", "y.h", "z.c"], "*.c"), fnmatch.translate("*.t?t"))
for name in ["a1.log", "a2.log", "b.log", "c.txt"]:
    open(os.path.join(base, name), "w").close()
os.mkdir(os.path.join(base, "sub"))
open(os.path.join(base, "sub", "d.log"), "w").close()
print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(base, "*.log"))))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "**", "*.log"), recursive=True)))
print(sorted(glob.glob("a?.log", root_dir=base)), glob.glob(os.path.join(base, "zzz*")), glob.escape("a[b]*"))
