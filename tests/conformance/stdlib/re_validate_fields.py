# Validating user input with fullmatch, verbose patterns and conditional checks.
import re

EMAIL = re.compile(r"""
    ^(?P<local>[A-Za-z0-9._%+-]+)      # local part
    @
    (?P<domain>(?:[A-Za-z0-9-]+\.)+    # labels
    [A-Za-z]{2,})$                      # top-level domain
""", re.VERBOSE)
emails = ["alice@example.com", "bob.smith+tag@mail.co.uk", "bad@", "@nope.org",
          "x@y.z", "trailing@dot.com.", "UPPER@CASE.ORG", "sp ace@x.com"]
for e in emails:
    m = EMAIL.match(e)
    print("%-26s %s" % (e, m.groupdict() if m else "invalid"))

DATE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
def check_date(s):
    m = DATE.fullmatch(s)
    if not m:
        return "malformed"
    y, mo, d = map(int, m.groups())
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][mo - 1]
    return "ok" if d <= days else "no such day"
for s in ["2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2024-13-01", "2024-04-31",
          "2024-4-1", "2024-12-31x", " 2024-12-31"]:
    print(s, check_date(s))

# fullmatch with pos/endpos and a search in a window
p = re.compile(r"\d+")
print(p.fullmatch("ab123cd", 2, 5), p.fullmatch("ab123cd", 2, 6), p.fullmatch("ab123cd", pos=2, endpos=4))
print(p.search("ab123cd", 3), p.match("ab123cd", 2), p.match("ab123cd", 1))
m = p.search("xx42yy", 1, 5)
print(m.pos, m.endpos, m.string, m.re.pattern, m.span())

# Phone numbers: conditional group (?(1)...) for balanced parentheses.
PHONE = re.compile(r"^(\()?\d{3}(?(1)\)|[-. ]?)\d{3}[-. ]?\d{4}$")
for ph in ["(555)123-4567", "555-123-4567", "555.123.4567", "(555-123-4567", "5551234567", "555)123-4567"]:
    print(ph, bool(PHONE.match(ph)))

# Passwords: several lookaheads.
STRONG = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for pw in ["Passw0rd!", "password", "SHORT1!a", "NoDigits!!", "Good#Pass123"]:
    print(pw, "strong" if STRONG.match(pw) else "weak")

# IPv4 with range checks done in the pattern
OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = re.compile(r"%s(?:\.%s){3}" % (OCTET, OCTET))
for ip in ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "10.0.0.10"]:
    print(ip, IPV4.fullmatch(ip) is not None)

# Hex colours, case-insensitive, with groups
COLOR = re.compile(r"#(?:([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})|([0-9a-f])([0-9a-f])([0-9a-f]))", re.I)
for c in ["#FFaa00", "#fa0", "#12345", "#GGGGGG"]:
    m = COLOR.fullmatch(c)
    if m:
        g = m.groups()
        rgb = [int(x, 16) for x in g[:3]] if g[0] else [int(x * 2, 16) for x in g[3:]]
        print(c, rgb, m.lastindex, g)
    else:
        print(c, None)

# Identifiers (unicode \w) versus ASCII-only.
for ident in ["valid_name", "naïve", "日本語", "2bad", "_ok9", "ünïcödé"]:
    print(ident, bool(re.fullmatch(r"[^\W\d]\w*", ident)), bool(re.fullmatch(r"[^\W\d]\w*", ident, re.ASCII)))
