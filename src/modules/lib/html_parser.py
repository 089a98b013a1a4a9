"""html.parser for pyseal: HTMLParser, a tolerant event-driven HTML tokenizer.

Subclasses override handle_starttag / handle_endtag / handle_data / ... and call feed().
"""

import re as _re
from html import unescape as _unescape

__all__ = ["HTMLParser"]

_STARTTAG_OPEN = _re.compile(r"<[a-zA-Z]")
_TAGNAME = _re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTR = _re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*")
# The end of a start tag: attributes may hold quoted '>' characters.
_STARTTAG_END = _re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?
      \s*
    )*
  )?
  \s*
""", _re.VERBOSE)
_ENDTAG = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_COMMENT_CLOSE = _re.compile(r"--\s*>")
_ENTITYREF = _re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHARREF = _re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_INCOMPLETE = _re.compile(r"&[a-zA-Z#]")
_AMP_END = _re.compile(r"[\s;]")
_INTERESTING = _re.compile(r"[&<]")


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Feed some text to the parser; complete constructs are handled at once."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data."""
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self.__starttag_text

    def updatepos(self, i, j):
        if i >= j:
            return j
        nlines = self.rawdata.count("\n", i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = None
        self.cdata_elem = None

    def _next_interesting(self, i, end):
        """Where the next markup (or, in CDATA mode, the closing tag) starts; -1 to wait."""
        rawdata = self.rawdata
        n = len(rawdata)
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find("<", i)
            if j < 0:
                # A character reference may be cut in half at the end: wait for the rest.
                amp = rawdata.rfind("&", max(i, n - 34))
                if amp >= 0 and not _AMP_END.search(rawdata, amp):
                    return -1
                return n
            return j
        m = (self.interesting or _INTERESTING).search(rawdata, i)
        if m:
            return m.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._next_interesting(i, end)
            if j < 0:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # An unfinished construct at the end is data.
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHARREF.match(rawdata, i)
                if m:
                    name = m.group()[2:-1]
                    self.handle_charref(name)
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith("&", i):
                m = _ENTITYREF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _text(self, text):
        # Character data, its references decoded when asked (never inside <script>/<style>).
        if self.convert_charrefs and not self.cdata_elem:
            text = _unescape(text)
        self.handle_data(text)

    def _markup(self, i, n):
        """Parses what starts with '<' at i: where it ends, -1 if it is incomplete, or None
        for a lone '<' at the very end of the buffer."""
        raw = self.rawdata
        if _STARTTAG_OPEN.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith("</", i):
            return self.parse_endtag(i)
        if raw.startswith("<!--", i):
            return self.parse_comment(i)
        if raw.startswith("<?", i):
            return self.parse_pi(i)
        if raw.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 >= n:
            return None
        self.handle_data("<")
        return i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos >= 0:
            return self._start_tag(i, endpos)
        return endpos

    def _start_tag(self, i, endpos):
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        name_match = _TAGNAME.match(rawdata, i + 1)
        self.lasttag = tag = name_match.group(1).lower()
        attrs = []
        k = name_match.end()
        while k < endpos:
            m = _ATTR.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = _unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        rawdata = self.rawdata
        m = _STARTTAG_END.match(rawdata, i)
        if not m:
            return -1
        j = m.end()
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            return j + 1 if j > i else i + 1
        if nxt == "":
            return -1
        if nxt in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        return j + 1 if j > i else i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find(">", i + 1)
        if gt < 0:
            return -1
        endpos = gt + 1
        m = _ENDTAG.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:endpos])
                return endpos
            nm = _TAGNAME.match(rawdata, i + 2)
            if not nm:
                if rawdata[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = nm.group(1).lower()
            gt = rawdata.find(">", nm.end())
            self.handle_endtag(tagname)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:endpos])
            return endpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return endpos

    def parse_comment(self, i, report=True):
        rawdata = self.rawdata
        m = _COMMENT_CLOSE.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=True):
        rawdata = self.rawdata
        pos = rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        pos = rawdata.find(">", i + 2)
        if pos < 0:
            return -1
        self.handle_pi(rawdata[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<![", i):
            # A marked section: <![CDATA[...]]> and friends end with ']]>', <![if ...]> with ']>'.
            name = _re.match(r"[a-zA-Z]*", rawdata[i + 3:]).group().lower()
            close = _re.compile(r"]\s*>" if name in ("if", "else", "endif") else r"]\s*]\s*>")
            m = close.search(rawdata, i + 3)
            if not m:
                return -1
            self.unknown_decl(rawdata[i + 3:m.start()])
            return m.end()
        if rawdata[i:i + 9].lower() == "<!doctype":
            gt = rawdata.find(">", i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    # Handlers, overridden by subclasses.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
