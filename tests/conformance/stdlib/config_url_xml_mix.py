# configparser (extended interpolation, errors), urllib.parse, uuid3/uuid5, ipaddress, getopt,
# array, contextvars, tomllib, keyword/errno/stat, and xml.etree find/iter/build/indent.
import configparser, io, sys, uuid, ipaddress, getopt, array, contextvars, tomllib, keyword, errno, stat
from urllib.parse import urlparse, urlunparse, urljoin, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, urlsplit
import xml.etree.ElementTree as ET
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[DEFAULT]
base = /srv
debug = no
[paths]
data = ${base}/data
logs = ${data}/logs
[server]
port = 8080
hosts = a.example.com
    b.example.com
ratio = 0.75
""")
print(cp.sections(), cp.get("paths", "logs"), cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("server", "debug"), cp["server"]["hosts"].split(), list(cp["paths"].keys()))
print(cp.has_option("server", "base"), dict(cp.items("paths")))
cp.add_section("new"); cp.set("new", "k", "v")
out = io.StringIO(); cp.write(out); print(out.getvalue())
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print(e)
try:
    cp.get("server", "nosuch")
except configparser.NoOptionError as e:
    print(e)
raw = configparser.RawConfigParser()
try:
    raw.read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print(e)
u = urlparse("https://user:pw@example.com:8443/a/b;p?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urljoin("http://x.com/a/b/c", "../d"), urljoin("http://x.com/a/", "/z?y=1"))
print(urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), quote("a b/c?d"), quote_plus("a b+c"), unquote("%E2%82%AC%20x"))
print(parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True), parse_qsl("x=1;y=2".replace(";", "&")))
print(urlsplit("//host/path"), urlunparse(("http", "h", "/p", "", "q=1", "")))
ns = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"); print(ns, ns.version, ns.hex[:8], uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(uuid.UUID("12345678123456781234567812345678"), repr(uuid.UUID(int=1)), uuid.UUID(bytes=b"\x00" * 16).urn)
net = ipaddress.ip_network("192.168.1.0/28")
print(net.num_addresses, net.netmask, net.broadcast_address, [str(h) for h in list(net.hosts())[:3]])
print(ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_address("::1").is_loopback)
print(list(net.subnets(new_prefix=30))[:2], ipaddress.ip_interface("10.1.2.3/24").network)
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print(e)
opts, args = getopt.getopt(["-a", "-b", "val", "--long=x", "--flag", "rest", "-z"], "ab:", ["long=", "flag"])
print(opts, args)
try:
    getopt.getopt(["-q"], "ab:")
except getopt.GetoptError as e:
    print(e, e.opt)
a = array.array("i", [3, 1, 2]); a.append(10); a.extend([7]); print(a, a.tolist(), a.itemsize, a.typecode, sum(a))
b = array.array("d", [1.5]) * 3; print(b, array.array("B", b"abc").tobytes(), array.array("u", "hi"))
v = contextvars.ContextVar("v", default=0)
def show(): return v.get()
ctx = contextvars.copy_context()
tok = v.set(5); print(show(), ctx.run(show)); v.reset(tok); print(show())
print(tomllib.loads('title = "T"\n[owner]\nname = "X"\ndob = 1979-05-27T07:32:00Z\n[[items]]\nid = 1\n[[items]]\nid = 2\narr = [1, 2.5, "s", true]\n'))
try:
    tomllib.loads("a = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError", e)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(errno.ENOENT, errno.errorcode[2], stat.filemode(0o100644), stat.S_ISDIR(0o40755))
root = ET.fromstring("<lib><book id='1' lang='en'><title>A</title><price>10.5</price></book><book id='2'><title>B</title><price>7</price></book></lib>")
print([b.get("id") for b in root.findall("book")], root.find("book/title").text, root.findtext("book[@id='2']/price"))
print(sum(float(p.text) for p in root.iter("price")), [e.tag for e in root.iter()][:4])
new = ET.SubElement(root, "book", id="3"); ET.SubElement(new, "title").text = "C & D"
print(ET.tostring(new, encoding="unicode"))
ET.indent(root); print(ET.tostring(root, encoding="unicode")[:80])
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e)
