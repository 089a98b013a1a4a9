# configparser: basic/extended/legacy interpolation (syntax, missing keys, depth), before_set
# checks, the mapping interface of parsers and section proxies, converters added and removed,
# subclass getters, optionxform override, read()/read_file() sources.
import configparser, sys
E = configparser

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)

# basic interpolation
c = E.ConfigParser()
c.read_string("[s]\na = %(b)s\nb = %(c)s\nc = end\nloop = %(loop)s\npct = 100%%\nbad = %(x\nbad2 = 5%d\ndeep = %(a)s-%(a)s\nmiss = %(zz)s\nupper = %(C)s\n")
for k in ["a", "loop", "pct", "bad", "bad2", "deep", "miss", "upper"]:
    show(lambda: c.get("s", k))
for v in ["a%", "%%", "%(x)s", "%(x)", "%s", "ab%%c%(q)sd%e"]:
    show(lambda: c.set("s", "t", v))
show(lambda: c.set("s", "t", ""))
show(lambda: c["s"].__setitem__("t", 3))
show(lambda: c.set("s", 3, "x"))
show(lambda: c.add_section(3))
show(lambda: c.set("s", "t", None))
# extended interpolation
c = E.ConfigParser(interpolation=E.ExtendedInterpolation())
c.read_string("[DEFAULT]\nroot = /r\n[a]\nx = ${root}/x\ny = ${b:z}\nz = $$HOME\nbadref = ${b:nope}\nnosect = ${zz:k}\nthree = ${a:b:c}\nlone = $x\nunclosed = ${abc\nloop = ${loop}\n[b]\nz = ${x}-b\nx = bx\nZ2 = ${a:x}\n")
for k in ["x", "y", "z", "badref", "nosect", "three", "lone", "unclosed", "loop"]:
    show(lambda: c.get("a", k))
print(c.get("b", "z2"))
for v in ["$", "$$", "${x}", "${x", "a$b"]:
    show(lambda: c.set("a", "t", v))
# legacy
c = E.ConfigParser(interpolation=E.LegacyInterpolation())
c.read_string("[s]\na = %(b)s\nb = B %s\nloop = %(loop)s\nm = %(q)s\nplain = 50%\n")
for k in ["a", "loop", "m", "plain"]:
    show(lambda: c.get("s", k))
show(lambda: E.ConfigParser(interpolation=5))
show(lambda: E.ConfigParser(interpolation=None).read_string("[a]\nq = %(x)s\n"))
c = E.ConfigParser(interpolation=None); c.read_string("[a]\nq = %(x)s\n"); print(c.get("a", "q"))
i = E.Interpolation()
print(i.before_get(None, "s", "o", "v", {}), i.before_set(None, "s", "o", "v"), i.before_read(None, "s", "o", "v"), i.before_write(None, "s", "o", "v"))

# mapping interface
c = E.ConfigParser()
c.read_dict({"one": {"a": "1"}, "two": {"b": "2"}, "DEFAULT": {"d": "0"}})
print(len(c), list(c), "DEFAULT" in c, "one" in c, "three" in c)
show(lambda: c["three"])
show(lambda: c.__delitem__("DEFAULT"))
show(lambda: c.__delitem__("three"))
del c["two"]
print(list(c), c.remove_section("two"), c.remove_section("one"), list(c))
c["x"] = {"k": "v"}
c["x"] = {"k2": "v2"}
print(c.items("x"))
c["DEFAULT"] = {"new": "n"}
print(c.defaults())
c["x"] = c["x"]
print(c.items("x"))
print(c.popitem()[0], list(c))
show(lambda: c.popitem())
sp = c["DEFAULT"]
print(repr(sp), sp.name, sp.parser is c, list(sp), len(sp))
c.add_section("y")
p = c["y"]
p["a"] = "1"
print(dict(p), len(p), "a" in p, "new" in p, "zz" in p)
del p["a"]
show(lambda: p.__delitem__("a"))
show(lambda: p.__delitem__("new"))
show(lambda: p["zz"])
print(p.get("zz"), p.get("zz", "f"), p.getint("zz", 4), p.getfloat("zz", 1.0), p.getboolean("zz"))
print(p.get("new", raw=True), p.get("new", vars={"new": "V"}))
show(lambda: c.remove_option("zz", "a"))
print(c.remove_option("y", "none"), c.remove_option("DEFAULT", "new"), c.defaults())
c.set("", "dflt", "D")
c.set("DEFAULT", "d2", "E")
print(c.defaults())
show(lambda: c.add_section("y"))
show(lambda: c.add_section("DEFAULT"))
print(c.has_section("DEFAULT"), c.sections())

# converters
c = E.ConfigParser(converters={"list": lambda v: v.split(","), "upper": str.upper})
c.read_string("[s]\nl = a,b\nu = hi\n")
print(sorted(c.converters), len(c.converters), c.converters["list"] is not None, c.converters["int"])
print(c.getlist("s", "l"), c.getupper("s", "u"), c["s"].getupper("u"), c["s"].getlist("zz", "fb"))
print(c.getupper("s", "zz", fallback="F"))
show(lambda: c.getupper("s", "zz"))
c.converters["len"] = len
print(c.getlen("s", "u"), c["s"].getlen("l"))
del c.converters["len"]
print(hasattr(c, "getlen"), hasattr(c["s"], "getlen"))
show(lambda: c.converters.__setitem__("", len))
show(lambda: c.converters.__setitem__(5, len))
show(lambda: c.converters.__delitem__(""))
show(lambda: c.converters.__delitem__("nope"))
show(lambda: c.converters.__delitem__(None))
c.add_section("late")
c.set("late", "u", "x")
print(c["late"].getupper("u"))
class MyParser(E.ConfigParser):
    def getdecimal(self, section, option, **kw):
        return self._get_conv(section, option, lambda v: v + "!", **kw)
m = MyParser()
m.read_string("[s]\nv = 1\n")
print(sorted(m.converters), m.getdecimal("s", "v"), m["s"].getdecimal("v"))
# optionxform override
r = E.RawConfigParser()
r.optionxform = str
r.read_string("[S]\nKey = 1\nkey = 2\n")
print(r.items("S"))
# read files
d = sys.argv[1]
p1 = d + "/a.ini"
with open(p1, "w") as f:
    f.write("[f]\nx = 1\n")
c = E.ConfigParser()
ok = c.read([p1, d + "/missing.ini"])
print(len(ok), c.items("f"))
ok = c.read(p1, encoding="utf-8")
print(len(ok))
with open(p1) as f:
    c2 = E.ConfigParser()
    c2.read_file(f)
    print(c2.items("f"))
c2 = E.ConfigParser()
c2.read_file(["[g]\n", "y = 2\n"])
print(c2.items("g"))
show(lambda: E.ConfigParser().read_file(["x = 1\n"]))
show(lambda: E.ConfigParser().read_file(iter(["[a]\n", "x\n"]), source="it"))
print(isinstance(c, E.RawConfigParser), E.SafeConfigParser.__mro__[1] is E.ConfigParser)
print(isinstance(c["f"], E.SectionProxy), isinstance(c.converters, E.ConverterMapping))
c = E.ConfigParser(interpolation=E.LegacyInterpolation())
c.read_string("[s]\nb = B\nx1 = %(b)s 100%%\nx2 = %(b)s %d\nx3 = %(B)s\nx4 = %(b)s %(zz)s\nx5 = %(b)s %\nx6=%(x6)s\nx7 = %(b)s\n  %(b)s\n")
for k in ["x1", "x2", "x3", "x4", "x5", "x6", "x7"]:
    show(lambda: c.get("s", k))
show(lambda: E.ParsingError())
show(lambda: E.ParsingError(""))
