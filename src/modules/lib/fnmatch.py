"""fnmatch for pyseal: Unix shell-style wildcards on file names.

'*' matches any run of characters, '?' any one character, '[seq]' one character of seq (with
ranges like a-z), '[!seq]' one character not in seq. Matching is case-sensitive (POSIX).
"""

import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


_STAR = object()


def _bracket(pat, start):
    """The regex class for the bracket expression opening at pat[start] ('['), and the index
    just past it; None when the bracket never closes. The class text is spelled as CPython
    spells it: a leading '!' becomes '^', a ']' right after the opening stays bare."""
    n = len(pat)
    j = start + 1
    if j < n and pat[j] == "!":
        j += 1
    # A ']' right after '[' or '[!' is a member, not the end.
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None
    lo = start + 1
    if "-" not in pat[lo:j]:
        body = pat[lo:j].replace("\\", "\\\\")
    else:
        # Split at the hyphens that make ranges: each piece ends with a range's low end and
        # the next one starts with its high end.
        pieces = []
        k = lo + 2 if pat[lo] == "!" else lo + 1
        cut = lo
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            pieces.append(pat[cut:k])
            cut = k + 1
            k += 3
        tail = pat[cut:j]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # A range running backwards matches nothing: drop it by gluing its neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    # Characters that would read as set operations are escaped.
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)", j + 1
    if body == "!":
        return ".", j + 1
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]", j + 1


def translate(pat):
    """A regular expression matching what the shell pattern pat matches."""
    parts = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            # A run of stars is one star.
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
            i += 1
        elif c == "?":
            parts.append(".")
            i += 1
        elif c == "[":
            found = _bracket(pat, i)
            if found is None:
                parts.append("\\[")
                i += 1
            else:
                parts.append(found[0])
                i = found[1]
        else:
            parts.append(re.escape(c))
            i += 1
    # Every star followed by fixed text and then another star becomes an atomic lazy group,
    # which keeps matching linear; a trailing star is a plain '.*'.
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1  # the star
        if k == len(parts):
            out.append(".*")
            break
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = "".join(fixed)
        if k == len(parts):
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"


def _matcher(pat):
    m = _compiled.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            regex = translate(pat.decode("latin-1")).encode("latin-1")
        else:
            regex = translate(pat)
        m = _compiled[pat] = re.compile(regex).match
    return m


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def fnmatch(name, pat):
    """Whether name matches pat, both normalized as the OS compares names."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    """The names that match pat, in order."""
    match = _matcher(posixpath.normcase(pat))
    return [n for n in names if match(posixpath.normcase(n))]
