"""difflib for pyseal: comparing sequences.

SequenceMatcher finds the longest matching blocks (Ratcliff/Obershelp, with difflib's junk and
"popular element" heuristics), so ratios, opcodes and the ndiff, unified and context diffs come
out as CPython's. HtmlDiff lays an ndiff out side by side as an HTML table.
"""

from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ",
           "IS_CHARACTER_JUNK", "IS_LINE_JUNK", "context_diff", "unified_diff", "diff_bytes",
           "Match", "HtmlDiff"]

Match = _namedtuple("Match", "a b size")


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items."""

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element occurs in b, leaving out junk and (for long b) elements so
        # common that matching on them would be noise.
        b = self.b
        self.b2j = where = {}
        for i, elt in enumerate(b):
            where.setdefault(elt, []).append(i)
        self.bjunk = junk = set()
        if self.isjunk:
            for elt in where.keys():
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del where[elt]
        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, positions in where.items():
                if len(positions) > limit:
                    popular.add(elt)
            for elt in popular:
                del where[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free matching block in a[alo:ahi] and b[blo:bhi], extended by
        equal junk at both ends; ties go to the earliest start in a, then in b."""
        a, b, where, isbjunk = self.a, self.b, self.b2j, self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        run_at = {}
        empty = []
        for i in range(alo, ahi):
            next_run = {}
            for j in where.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = next_run[j] = run_at.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run_at = next_run
        while (besti > alo and bestj > blo and not isbjunk(b[bestj - 1])
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and not isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and isbjunk(b[bestj - 1])
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and isbjunk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n), increasing in i and j, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = found = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(found)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(m) for m in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'replace', 'delete', 'insert' or
        'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ""
            if i < ai and j < bj:
                tag = "replace"
            elif i < ai:
                tag = "delete"
            elif j < bj:
                tag = "insert"
            if tag:
                codes.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(("equal", ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Opcode groups with up to n lines of context around each change."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched items over the total."""
        matches = sum(size for _, _, size in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from item counts alone."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            numb = avail[elt] if elt in avail else counts.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in _heapq.nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return "".join(c if tag == " " and c.isspace() else tag for c, tag in zip(s, tags))


class Differ:
    """Line-by-line differences with '?' guide lines marking changes inside similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == "replace":
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                g = self._dump("-", a, alo, ahi)
            elif tag == "insert":
                g = self._dump("+", b, blo, bhi)
            elif tag == "equal":
                g = self._dump(" ", a, alo, ahi)
            else:
                raise ValueError("unknown tag %r" % (tag,))
            yield from g

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield "%s %s" % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            first = self._dump("+", b, blo, bhi)
            second = self._dump("-", a, alo, ahi)
        else:
            first = self._dump("-", a, alo, ahi)
            second = self._dump("+", b, blo, bhi)
        for g in first, second:
            yield from g

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the most similar lines (ratio at least 0.75; failing that, the first identical
        # pair), show their intraline changes, and recurse on what lies before and after.
        matcher = SequenceMatcher(self.charjunk)
        score, similar, identical = _closest_lines(matcher, a, alo, ahi, b, blo, bhi)
        if score >= 0.75:
            i, j = similar
        elif identical is not None:
            i, j = identical
        else:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        old, new = a[i], b[j]
        if score >= 0.75:
            old_marks, new_marks = _change_marks(matcher, old, new)
            yield from self._qformat(old, new, old_marks, new_marks)
        else:
            yield "  " + old
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump("-", a, alo, ahi)
        elif blo < bhi:
            yield from self._dump("+", b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


def IS_LINE_JUNK(line, pat=None):
    """True for blank lines and lines holding only '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == "" or stripped == "#"


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or tab."""
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return "{}".format(beginning)
    if not length:
        beginning -= 1
    return "{},{}".format(beginning, length)


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """Differences as a unified diff (the `diff -u` format)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = "\t{}".format(fromfiledate) if fromfiledate else ""
            todate = "\t{}".format(tofiledate) if tofiledate else ""
            yield "--- {}{}{}".format(fromfile, fromdate, lineterm)
            yield "+++ {}{}{}".format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield "@@ -{} +{} @@{}".format(_format_range_unified(first[1], last[2]),
                                       _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag in ("replace", "delete"):
                for line in a[i1:i2]:
                    yield "-" + line
            if tag in ("replace", "insert"):
                for line in b[j1:j2]:
                    yield "+" + line


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return "{}".format(beginning)
    return "{},{}".format(beginning, beginning + length - 1)


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """Differences as a context diff (the `diff -c` format)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = dict(insert="+ ", delete="- ", replace="! ", equal="  ")
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = "\t{}".format(fromfiledate) if fromfiledate else ""
            todate = "\t{}".format(tofiledate) if tofiledate else ""
            yield "*** {}{}{}".format(fromfile, fromdate, lineterm)
            yield "--- {}{}{}".format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield "***************" + lineterm
        file1_range = _format_range_context(first[1], last[2])
        yield "*** {} ****{}".format(file1_range, lineterm)
        if any(tag in ("replace", "delete") for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        file2_range = _format_range_context(first[3], last[4])
        yield "--- {} ----{}".format(file2_range, lineterm)
        if any(tag in ("replace", "insert") for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError("all arguments must be str, not: %r" % (arg,))


def diff_bytes(dfunc, a, b, fromfile=b"", tofile=b"", fromfiledate=b"", tofiledate=b"", n=3,
               lineterm=b"\n"):
    """A diff function applied to bytes: everything decoded as latin-1 and back."""
    def decode(s):
        try:
            return s.decode("ascii", "surrogateescape")
        except AttributeError as err:
            raise TypeError("all arguments must be bytes, not %s (%r)" % (type(s).__name__, s)) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode("ascii", "surrogateescape")


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ().compare(a, b) with CPython's default junk filters."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff() or Differ.compare() result was made from."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % which) from None
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]


# --- side-by-side differences (HtmlDiff) ---

def _mark_changes(text, markers):
    """Wraps the runs of '+', '-' or '^' in an ndiff '?' guide line around the characters
    they point at: NUL and the marker start a run, SOH ends it."""
    runs = []
    i, n = 0, len(markers)
    while i < n:
        ch = markers[i]
        if ch in "+-^":
            j = i
            while j < n and markers[j] == ch:
                j += 1
            runs.append((ch, i, j))
            i = j
        else:
            i += 1
    for ch, begin, end in reversed(runs):
        text = text[:begin] + "\0" + ch + text[begin:end] + "\1" + text[end:]
    return text[2:]


class _SideBySide:
    """Turns ndiff output into (from, to, changed) rows; each side is (line number, text)
    or None for no line there."""

    def __init__(self, a, b, linejunk, charjunk):
        self._diff = ndiff(a, b, linejunk, charjunk)
        self._window = []
        self._numbers = [0, 0]

    def _take(self, side, mark):
        """Consumes the next line (and its guide line for mark '?') for one side."""
        self._numbers[side] += 1
        w = self._window
        if mark is None:
            text = w.pop(0)[2:]
        elif mark == "?":
            line = w.pop(0)
            guide = w.pop(0)
            text = _mark_changes(line, guide)
        else:
            text = w.pop(0)[2:] or " "
            text = "\0" + mark + text + "\1"
        return (self._numbers[side], text)

    def _peek_number(self, side):
        return (self._numbers[side] + 1, self._window[0][2:])

    def rows(self):
        """Line-level rows, including the blank fillers that keep both sides aligned."""
        w = self._window
        pending = 0
        while True:
            while len(w) < 4:
                w.append(next(self._diff, "X"))
            tags = "".join(line[0] for line in w)
            if tags.startswith("X"):
                for row in self._fill(pending):
                    yield row
                return
            if tags.startswith("-?+?"):
                yield self._take(0, "?"), self._take(1, "?"), True
            elif tags.startswith("--++"):
                pending -= 1
                yield self._take(0, "-"), None, True
            elif tags.startswith(("--?+", "--+", "- ")):
                row = (self._take(0, "-"), None, True)
                fill, pending = pending - 1, 0
                for r in self._fill(fill):
                    yield r
                yield row
            elif tags.startswith("-+?"):
                yield self._take(0, None), self._take(1, "?"), True
            elif tags.startswith("-?+"):
                yield self._take(0, "?"), self._take(1, None), True
            elif tags.startswith("-"):
                pending -= 1
                yield self._take(0, "-"), None, True
            elif tags.startswith("+--"):
                pending += 1
                yield None, self._take(1, "+"), True
            elif tags.startswith(("+ ", "+-")):
                row = (None, self._take(1, "+"), True)
                fill, pending = pending + 1, 0
                for r in self._fill(fill):
                    yield r
                yield row
            elif tags.startswith("+"):
                pending += 1
                yield None, self._take(1, "+"), True
            else:
                left = self._peek_number(0)
                self._numbers[0] += 1
                yield left, self._take(1, None), False

    @staticmethod
    def _fill(count):
        """Blank rows: negative counts pad the 'to' side, positive ones the 'from' side."""
        while count < 0:
            count += 1
            yield None, ("", "\n"), True
        while count > 0:
            count -= 1
            yield ("", "\n"), None, True

    def pairs(self):
        """Rows with both sides present: lines queue per side until each has one."""
        left, right = [], []
        rows = self.rows()
        while True:
            while not left or not right:
                try:
                    a, b, changed = next(rows)
                except StopIteration:
                    return
                if a is not None:
                    left.append((a, changed))
                if b is not None:
                    right.append((b, changed))
            a, ca = left.pop(0)
            b, cb = right.pop(0)
            yield a, b, ca or cb


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side rows ((num, text), (num, text), changed); with `context`, only changes
    and `context` lines around them, groups separated by (None, None, None)."""
    pairs = _SideBySide(fromlines, tolines, linejunk, charjunk).pairs()
    if context is None:
        yield from pairs
        return
    keep = context + 1
    while True:
        # Remember the last `keep` rows up to and including the next change.
        ring = []
        seen = 0
        changed = False
        while not changed:
            try:
                row = next(pairs)
            except StopIteration:
                return
            changed = row[2]
            ring.append(row)
            if len(ring) > keep:
                ring.pop(0)
            seen += 1
        if seen > keep:
            yield None, None, None
        yield from ring
        # Then rows until `context` unchanged ones have followed the last change.
        left = keep - 1
        while left:
            try:
                row = next(pairs)
            except StopIteration:
                return
            left = keep - 1 if row[2] else left - 1
            yield row


def _closest_lines(matcher, a, alo, ahi, b, blo, bhi):
    """(score, (i, j), (k, l)): the best ratio above 0.74 of two differing lines a[i] and
    b[j] (0.74 and None if no pair beats it; the first pair found wins ties), and the
    first identical pair a[k] == b[l] (None if there is none). `matcher` is left
    comparing with the last line of b."""
    score, similar, identical = 0.74, None, None
    for j in range(blo, bhi):
        target = b[j]
        matcher.set_seq2(target)
        for i in range(alo, ahi):
            line = a[i]
            if line == target:
                if identical is None:
                    identical = (i, j)
                continue
            matcher.set_seq1(line)
            # The cheap upper bounds first.
            if matcher.real_quick_ratio() <= score or matcher.quick_ratio() <= score:
                continue
            ratio = matcher.ratio()
            if ratio > score:
                score, similar = ratio, (i, j)
    return score, similar, identical


# Per opcode tag: the mark under each character of the old line and of the new one.
_OPCODE_MARKS = {"replace": ("^", "^"), "delete": ("-", ""), "insert": ("", "+"),
                 "equal": (" ", " ")}


def _change_marks(matcher, old, new):
    """The guide strings Differ prints under two similar lines: '^' under replaced
    characters, '-' deleted, '+' inserted, ' ' unchanged."""
    old_marks, new_marks = [], []
    matcher.set_seqs(old, new)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in _OPCODE_MARKS:
            raise ValueError("unknown tag %r" % (tag,))
        mark_old, mark_new = _OPCODE_MARKS[tag]
        old_marks.append(mark_old * (i2 - i1))
        new_marks.append(mark_new * (j2 - j1))
    return "".join(old_marks), "".join(new_marks)


_HTML_PAGE = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_HTML_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_HTML_TABLE = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_HTML_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


_html_tables_made = [0]


class HtmlDiff(object):
    """Side-by-side comparison of two lists of lines as an HTML table or page, with
    intra-line changes highlighted and links from one change to the next."""

    _file_template = _HTML_PAGE
    _styles = _HTML_STYLES
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc="", todesc="", context=False,
                  numlines=5, *, charset="utf-8"):
        """A complete HTML page holding the table make_table() builds."""
        page = self._file_template % dict(
            styles=self._styles,
            legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines),
            charset=charset,
        )
        return page.encode(charset, "xmlcharrefreplace").decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        def expand(line):
            # Spaces survive tab expansion as NULs, the expansion's own spaces become tabs
            # (later shown as &nbsp;), then the NULs are spaces again.
            line = line.replace(" ", "\0").expandtabs(self._tabsize)
            return line.replace(" ", "\t").replace("\0", " ").rstrip("\n")
        return [expand(x) for x in fromlines], [expand(x) for x in tolines]

    def _split_line(self, data_list, line_num, text):
        """Appends (line_num, piece) rows, wrapping text at the wrap column; continuation
        rows are numbered '>' and markup runs are closed and reopened across the cut."""
        while True:
            if not line_num:
                data_list.append((line_num, text))
                return
            size = len(text)
            limit = self._wrapcolumn
            if size <= limit or size - text.count("\0") * 3 <= limit:
                data_list.append((line_num, text))
                return
            i = shown = 0
            mark = ""
            while shown < limit and i < size:
                ch = text[i]
                if ch == "\0":
                    mark = text[i + 1]
                    i += 2
                elif ch == "\1":
                    mark = ""
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, rest = text[:i], text[i:]
            if mark:
                head += "\1"
                rest = "\0" + mark + rest
            data_list.append((line_num, head))
            line_num, text = ">", rest

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            froms, tos = [], []
            self._split_line(froms, *fromdata)
            self._split_line(tos, *todata)
            while froms or tos:
                f = froms.pop(0) if froms else ("", " ")
                t = tos.pop(0) if tos else ("", " ")
                yield f, t, flag

    def _collect_lines(self, diffs):
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if fromdata is None or todata is None:
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        if isinstance(linenum, int):
            linenum = "%d" % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ""
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(" ", "&nbsp;").rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, linenum, text)

    def _make_prefix(self):
        # The class is sealed, so the running count lives in a list.
        n = _html_tables_made[0]
        _html_tables_made[0] += 1
        self._prefix = ["from%d_" % n, "to%d_" % n]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        toprefix = self._prefix[1]
        next_id = [""] * len(flaglist)
        next_href = [""] * len(flaglist)
        changes = 0
        in_change = False
        last = 0
        for i, flag in enumerate(flaglist):
            if not flag:
                in_change = False
                continue
            if in_change:
                continue
            in_change = True
            last = i
            next_id[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
            changes += 1
            next_href[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
        if not flaglist:
            flaglist = [False]
            next_id = [""]
            next_href = [""]
            last = 0
            if context:
                fromlist = tolist = ["<td></td><td>&nbsp;No Differences Found&nbsp;</td>"]
            else:
                fromlist = tolist = ["<td></td><td>&nbsp;Empty File&nbsp;</td>"]
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc="", todesc="", context=False,
                   numlines=5):
        """An HTML table comparing the lines side by side (all lines, or with `context`
        only the changes and `numlines` lines around them)."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                if i > 0:
                    rows.append("        </tbody>        \n        <tbody>\n")
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                        '<td class="diff_next">%s</td>%s</tr>\n'
                        % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                          % (fromdesc, todesc))
        else:
            header_row = ""
        table = self._table_template % dict(data_rows="".join(rows), header_row=header_row,
                                            prefix=self._prefix[1])
        return (table.replace("\0+", '<span class="diff_add">')
                .replace("\0-", '<span class="diff_sub">')
                .replace("\0^", '<span class="diff_chg">')
                .replace("\1", "</span>")
                .replace("\t", "&nbsp;"))
