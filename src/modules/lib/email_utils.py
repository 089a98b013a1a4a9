"""email.utils for pyseal: addresses and dates as RFC 2822 writes them.

parseaddr()/getaddresses() split "Name <user@host>" fields the way CPython's address
parser does (comments, quoted names, groups, route addresses); formataddr() quotes or
encodes the name as needed; formatdate()/parsedate*() convert dates. The email.message
and email.parser modules are not provided.
"""

import time
import datetime

__all__ = [
    "collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
    "formataddr", "formatdate", "format_datetime", "getaddresses", "make_msgid",
    "mktime_tz", "parseaddr", "parsedate", "parsedate_tz", "parsedate_to_datetime",
    "unquote", "quote", "localtime",
]

_SPECIALS = '()<>@,:;."[]'
_LWS = " \t"
_FWS = " \t\r\n"
_ATOM_ENDS = _SPECIALS + _LWS + "\r\n"
_PHRASE_ENDS = _ATOM_ENDS.replace(".", "")


def quote(str):
    """Escape backslashes and double quotes for a quoted-string."""
    return str.replace("\\", "\\\\").replace('"', '\\"')


def unquote(str):
    """Remove one level of "..." or <...> around `str`."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if str.startswith("<") and str.endswith(">"):
            return str[1:-1]
    return str


class _AddressScanner:
    """A cursor over an address field; each read_* method consumes one construct."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.comments = []

    def at(self, chars):
        return self.pos < len(self.field) and self.field[self.pos] in chars

    def more(self):
        return self.pos < len(self.field)

    def skip_space(self):
        """Skip white space and comments (kept in self.comments); the blanks skipped."""
        blanks = []
        while self.more():
            ch = self.field[self.pos]
            if ch in _FWS:
                if ch not in "\r\n":
                    blanks.append(ch)
                self.pos += 1
            elif ch == "(":
                self.comments.append(self.read_delimited("(", ")\r", True))
            else:
                break
        return "".join(blanks)

    def read_delimited(self, opener, closers, nested_comments):
        if self.field[self.pos] != opener:
            return ""
        parts = []
        escaped = False
        self.pos += 1
        while self.more():
            ch = self.field[self.pos]
            if escaped:
                parts.append(ch)
                escaped = False
            elif ch in closers:
                self.pos += 1
                break
            elif nested_comments and ch == "(":
                parts.append(self.read_delimited("(", ")\r", True))
                continue
            elif ch == "\\":
                escaped = True
            else:
                parts.append(ch)
            self.pos += 1
        return "".join(parts)

    def read_atom(self, ends=_ATOM_ENDS):
        start = self.pos
        while self.more() and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def read_phrase(self):
        words = []
        while self.more():
            ch = self.field[self.pos]
            if ch in _FWS:
                self.pos += 1
            elif ch == '"':
                words.append(self.read_delimited('"', '"\r', False))
            elif ch == "(":
                self.comments.append(self.read_delimited("(", ")\r", True))
            elif ch in _PHRASE_ENDS:
                break
            else:
                words.append(self.read_atom(_PHRASE_ENDS))
        return words

    def read_domain(self):
        parts = []
        while self.more():
            ch = self.field[self.pos]
            if ch in _LWS:
                self.pos += 1
            elif ch == "(":
                self.comments.append(self.read_delimited("(", ")\r", True))
            elif ch == "[":
                parts.append("[%s]" % self.read_delimited("[", "]\r", False))
            elif ch == ".":
                self.pos += 1
                parts.append(".")
            elif ch == "@":
                # Two @ in one address: refuse it rather than guess which domain is meant.
                return ""
            elif ch in _ATOM_ENDS:
                break
            else:
                parts.append(self.read_atom())
        return "".join(parts)

    def read_addr_spec(self):
        local = []
        self.skip_space()
        while self.more():
            keep_blank = True
            ch = self.field[self.pos]
            if ch == ".":
                if local and not local[-1].strip():
                    local.pop()
                local.append(".")
                self.pos += 1
                keep_blank = False
            elif ch == '"':
                local.append('"%s"' % quote(self.read_delimited('"', '"\r', False)))
            elif ch in _ATOM_ENDS:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.read_atom())
            blanks = self.skip_space()
            if keep_blank and blanks:
                local.append(blanks)
        if not self.at("@"):
            return "".join(local)
        local.append("@")
        self.pos += 1
        self.skip_space()
        domain = self.read_domain()
        if not domain:
            return ""
        return "".join(local) + domain

    def read_route_addr(self):
        if not self.at("<"):
            return None
        in_route = False
        self.pos += 1
        self.skip_space()
        address = ""
        while self.more():
            ch = self.field[self.pos]
            if in_route:
                self.read_domain()
                in_route = False
            elif ch == ">":
                self.pos += 1
                break
            elif ch == "@":
                self.pos += 1
                in_route = True
            elif ch == ":":
                self.pos += 1
            else:
                address = self.read_addr_spec()
                self.pos += 1
                break
            self.skip_space()
        return address

    def read_address(self):
        """The (name, address) pairs of one address or group, and the comma after it."""
        self.comments = []
        self.skip_space()
        start, start_comments = self.pos, self.comments
        phrase = self.read_phrase()
        self.skip_space()
        found = []
        if not self.more():
            if phrase:
                found = [(" ".join(self.comments), phrase[0])]
        elif self.at(".@"):
            self.pos, self.comments = start, start_comments
            spec = self.read_addr_spec()
            found = [(" ".join(self.comments), spec)]
        elif self.at(":"):
            self.pos += 1
            while self.more():
                self.skip_space()
                if self.at(";"):
                    self.pos += 1
                    break
                found = found + self.read_address()
        elif self.at("<"):
            route = self.read_route_addr()
            name = " ".join(phrase)
            if self.comments:
                name = "%s (%s)" % (name, " ".join(self.comments))
            found = [(name, route)]
        else:
            if phrase:
                found = [(" ".join(self.comments), phrase[0])]
            elif self.at(_SPECIALS):
                self.pos += 1
        self.skip_space()
        if self.at(","):
            self.pos += 1
        return found

    def read_all(self):
        result = []
        while self.more():
            found = self.read_address()
            if found:
                result += found
            else:
                result.append(("", ""))
        return result


def parseaddr(addr):
    """(realname, email address) of the first address in `addr`; ('', '') if none."""
    found = _AddressScanner(addr).read_all()
    if not found:
        return ("", "")
    return found[0]


def getaddresses(fieldvalues):
    """Every (realname, address) in the given header values."""
    joined = ", ".join(str(v) for v in fieldvalues)
    return _AddressScanner(joined).read_all()


_needs_quoting = set('][\\()<>@,:;".')


def formataddr(pair, charset="utf-8"):
    """'Name <address>' (quoted or encoded as needed), or just the address with no name."""
    name, address = pair
    address.encode("ascii")
    if name:
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            import base64
            if isinstance(charset, str):
                charset_name = charset
            else:
                charset_name = charset.input_charset
            encoded = base64.b64encode(name.encode(charset_name)).decode("ascii")
            return "=?%s?b?%s?= <%s>" % (charset_name, encoded, address)
        quotes = '"' if any(c in _needs_quoting for c in name) else ""
        name = name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s%s%s <%s>" % (quotes, name, quotes, address)
    return address


# ---------------------------------------------------------------------------
# dates

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
           "dec", "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec"]
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500,
          "EDT": -400, "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800,
          "PDT": -700}


def _format_timetuple_and_zone(timetuple, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[timetuple[6]], timetuple[2], _MONTH_ABBR[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date: 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date from a datetime; naive ones are written with zone -0000."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(",") or data[0].lower() in [d.lower() for d in _DAYS]:
        del data[0]
    else:
        i = data[0].rfind(",")
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split("-")
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find("+")
        if i == -1:
            i = s.find("-")
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append("")
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ",":
        dd = dd[:-1]
    i = yy.find(":")
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ",":
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ",":
        tm = tm[:-1]
    tm = tm.split(":")
    if len(tm) == 2:
        thh, tmm = tm
        tss = "0"
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and "." in tm[0]:
        tm = tm[0].split(".")
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 2000 if yy <= 68 else 1900
    tzoffset = None
    tz = tz.upper()
    if tz in _ZONES:
        tzoffset = _ZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith("-"):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """A 10-tuple (9 of time.struct_time, then the zone offset in seconds or None)."""
    t = _parsedate_tz(data)
    if t is None:
        return t
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """A 9-tuple for time.mktime, or None if `data` is not a date."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz() 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    t = calendar.timegm(data)
    return t - data[9]


def parsedate_to_datetime(data):
    """A datetime from an RFC 2822 date (naive when the zone is -0000)."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError("Invalid date value or format \"%s\"" % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<time.pid.random[.idstring]@domain>'."""
    import os
    import random
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = "localhost"
    return "<%d.%d.%d%s@%s>" % (timeval, pid, randint, idstring, domain)


def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    from urllib.parse import quote as _q
    s = _q(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    if language is None:
        language = ""
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, "raw-unicode-escape")
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    return list(params)
