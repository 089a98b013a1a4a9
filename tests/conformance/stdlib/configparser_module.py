# configparser: sections, DEFAULT, continuation lines, comments, types, interpolation (basic,
# extended, raw), allow_no_value, inline comments, converters, the mapping interface, write()
# and the parsing/lookup errors.
import configparser, io
SRC = """
# comment
[DEFAULT]
base = /srv
debug = no

[server]
host = example.org
port: 8080
path = %(base)s/www
multi = first line
   second line

   third after blank
timeout = 2.5
Enabled = Yes

[client]
retries=3
url = http://%(host)s:%(port)s
host = localhost
port = 9
empty =
; another comment
"""
c = configparser.ConfigParser()
c.read_string(SRC)
print(c.sections(), c.defaults(), c.options("server"))
print(c.get("server", "path"), c.getint("server", "port"), c.getfloat("server", "timeout"), c.getboolean("server", "enabled"), c.getboolean("client", "debug"))
print(repr(c.get("server", "multi")), repr(c["client"]["empty"]), c["client"]["url"], c.get("client", "url", raw=True))
print(c.items("client"), [s for s in c], len(c), "server" in c, "nope" in c, "host" in c["server"])
print(dict(c["server"]), c["server"].getint("port"), c["server"].get("missing", "fb"), c.get("server", "missing", fallback=None))
c["new"] = {"a": "1", "b": "two"}
c.set("new", "c", "%(a)s-%(b)s")
c["server"]["port"] = "9090"
c.remove_option("server", "timeout")
out = io.StringIO()
c.write(out)
print(out.getvalue())
c2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c2.read_string("[paths]\nhome = /home/u\ndocs = ${home}/docs\n[other]\nref = ${paths:docs}/x\ncost = $$5\n")
print(c2.get("paths", "docs"), c2.get("other", "ref"), c2.get("other", "cost"))
r = configparser.RawConfigParser()
r.read_string("[a]\nv = %(x)s 100%\n")
print(r.get("a", "v"))
c3 = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=("#",))
c3.read_string("[flags]\nverbose\nlevel = 3 # inline\nname = a#b\n")
print(c3.get("flags", "verbose"), c3.get("flags", "level"), c3.get("flags", "name"), c3.items("flags"))
c4 = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
c4.read_string("[s]\nitems = a, b ,c\n")
print(c4.getlist("s", "items"), c4["s"].getlist("items"))
c5 = configparser.ConfigParser()
c5.read_dict({"x": {"Key": 1, "other": True}})
print(c5.items("x"), c5.has_option("x", "KEY"))
for src in ["x = 1\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nx=2\n", "[a]\n  bad\n", "[a]\nnovalue\n", "[a]\nv = %(missing)s\n", "[a]\nv = 100%\n", "[a]\nv = %(v)s\n"]:
    c = configparser.ConfigParser()
    try:
        c.read_string(src)
        print(c.get("a", "v"))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
c = configparser.ConfigParser()
for call in [lambda: c.get("zz", "y"), lambda: c.add_section("DEFAULT"), lambda: c.set("zz", "a", "b")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
c.add_section("s")
for call in [lambda: c.get("s", "y"), lambda: c.add_section("s"), lambda: c.set("s", "n", 5), lambda: (c.set("s", "b", "maybe"), c.getboolean("s", "b"))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
print(repr(c["s"]), c.getint("s", "y", fallback=3))
