# configparser: exception messages and attributes, comment prefixes (whole-line and inline,
# found in rounds), blank lines in values, continuation indentation, strict duplicates,
# custom delimiters/default section, write() formats, vars= and fallbacks, booleans.
import configparser, sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)

# exceptions: attributes, args, str, repr
E = configparser
for e in [E.Error(), E.Error("m"), E.NoSectionError("s"), E.DuplicateSectionError("s"),
          E.DuplicateSectionError("s", "src"), E.DuplicateSectionError("s", "src", 7),
          E.DuplicateOptionError("s", "o"), E.DuplicateOptionError("s", "o", "f.ini", 123),
          E.DuplicateOptionError("s", "o", "f.ini"),
          E.NoOptionError("o", "s"), E.InterpolationError("o", "s", "msg"),
          E.InterpolationMissingOptionError("o", "s", "raw", "ref"),
          E.InterpolationSyntaxError("o", "s", "bad"), E.InterpolationDepthError("o", "s", "rv"),
          E.ParsingError("src"), E.MissingSectionHeaderError("f", 3, "line\n")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args, e.message == str(e))
print(E.DuplicateOptionError("s", "o", "f", 4).lineno, E.MissingSectionHeaderError("f", 3, "x").source)
p = E.ParsingError("src")
p.append(3, "'bad'")
p.append(10, "'worse'")
print(repr(str(p)), p.errors, p.args, p.source)
show(lambda: E.ParsingError(source="a", filename="b"))
p = E.ParsingError(filename="fn")
print(p.source, str(p))
print(issubclass(E.MissingSectionHeaderError, E.ParsingError), issubclass(E.InterpolationDepthError, E.InterpolationError))
print(E.DEFAULTSECT, E.MAX_INTERPOLATION_DEPTH)

# parsing errors with multiple bad lines
c = E.ConfigParser()
show(lambda: c.read_string("[a]\nx = 1\nbad line\n= noname\nanother\n", source="mysrc"))
print(c.items("a"))
c = E.ConfigParser()
show(lambda: c.read_string("\n\n# c\nkey = v\n", source="cfg.ini"))
c = E.ConfigParser(allow_no_value=True)
show(lambda: c.read_string("[a]\nflag\n  cont\nz = 1\n"))
print(c.items("a"))

# strictness
c = E.ConfigParser(strict=False)
c.read_string("[a]\nx=1\nx=2\n[a]\ny=3\n")
print(c.items("a"))
c = E.ConfigParser()
c.read_string("[a]\nx=1\n")
c.read_string("[a]\nx=5\n")
print(c.items("a"))
show(lambda: c.read_string("[b]\nq=1\n[b]\n", source="two"))
show(lambda: c.read_string("[c]\nQ=1\nq=2\n"))
show(lambda: c.read_dict({"d": {"k": 1, "K": 2}}))
show(lambda: c.read_dict({"DEFAULT": {"k": 1}}))
print(c.defaults())

# empty lines / continuation
for eliv in (True, False):
    c = E.ConfigParser(empty_lines_in_values=eliv)
    show(lambda: c.read_string("[s]\na = 1\n\n  2\n\n\nb = x\n    y\n\n    z\n\n"))
    print(c.items("s") if c.has_section("s") else None)
c = E.ConfigParser()
c.read_string("[s]\na = first\n  # not comment? \n  second ; x\n")
print(repr(c["s"]["a"]))
c = E.ConfigParser(comment_prefixes=("//",), inline_comment_prefixes=(";", "#"))
c.read_string("[s]\n// c\na = v ; c1 # c2\nb = v;x #y\nc = #full\n# k = v\n")
print(c.items("s"))
c = E.ConfigParser(delimiters=("->", "="), default_section="COMMON")
c.read_string("[COMMON]\nz -> 9\n[s]\na -> b = c\nd = e -> f\n")
print(c.items("s"), c.default_section, list(c), c.defaults())
c.write(sys.stdout)
c.write(sys.stdout, space_around_delimiters=False)
c = E.ConfigParser(allow_no_value=True)
c.read_string("[s]\nflag\nv = multi\n  line\n  three\n")
c.write(sys.stdout)
c = E.RawConfigParser()
c.add_section("s"); c.set("s", "n", None); c.set("s", "m", 5)
c.write(sys.stdout)
print(c.get("s", "m"), c.items("s"))

# get / items with vars
c = E.ConfigParser(defaults={"base": "B", "n": 4})
c.read_string("[s]\np = %(base)s/%(extra)s\nq = %(n)s\n")
print(c.get("s", "p", vars={"extra": "E"}), c.get("s", "q", vars={"N": 7}))
print(c.items("s", vars={"extra": "X"}), c.items("s", raw=True))
print(c.items("DEFAULT"))
show(lambda: c.items("nope"))
show(lambda: c.get("s", "p"))
print(c.get("s", "p", raw=True), c.get("nosect", "x", fallback="fb"), c.getint("s", "q"))
show(lambda: c.getint("s", "p"))
print(c.getint("s", "nothere", fallback=None), c.getfloat("zz", "a", fallback=1.5))
print(c.getboolean("s", "q", vars={"q": "off"}))
print(list(c.items()))
print([(k, v.name) for k, v in c.items()])
print(c.has_option("s", "BASE"), c.has_option("", "base"), c.has_option("DEFAULT", "p"), c.has_option("none", "p"))
print(c.options("s"))
show(lambda: c.options("zz"))
# booleans
c = E.ConfigParser()
c["b"] = {k: k for k in ["1", "yes", "TRUE", "On", "0", "no", "False", "OFF", "maybe", ""]}
for k in c["b"]:
    show(lambda: c.getboolean("b", k))
print(c.BOOLEAN_STATES)
c = E.ConfigParser(inline_comment_prefixes=("#", ";"))
c.read_string("[s]\nv = a;b;c ;d #e\nw = x #y ;z\nu = ;lead\nt = q\t;tab\n")
print(c.items("s"))
c = E.ConfigParser(inline_comment_prefixes=(";",), comment_prefixes=())
c.read_string("[s]\nv = a ; b\n;k = 1\n#j = 2\n")
print(c.items("s"))
c = E.ConfigParser(comment_prefixes=None, inline_comment_prefixes=None)
c.read_string("[s]\n#j = 2\n")
print(c.items("s"))
c = E.ConfigParser()
show(lambda: c.read_string("[s]\n[ t ]\n[]\n[x]y\n  [u]\nk=1\n"))
print(c.sections())
c = E.ConfigParser(empty_lines_in_values=False)
show(lambda: c.read_string("[s]\na = 1\n# c\n  2\n"))
print(c.items("s"))
c = E.ConfigParser()
c.read_string("[s]\na = 1\n# c\n  2\n  ; x\n\n  3\n\n")
print(c.items("s"))
c = E.ConfigParser()
c.read_string("  [s]\n  a = 1\n   b\n  c = 2\n")
print(c.items("s"))
