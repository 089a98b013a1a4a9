"""fnmatch for pyseal: Unix shell-style wildcards on file names.

'*' matches any run of characters, '?' any one character, '[seq]' one character of seq (with
ranges like a-z), '[!seq]' one character not in seq. Matching is case-sensitive (POSIX).
"""

import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _bracket(pat, start):
    """The regex class for the bracket expression opening at pat[start] ('['), and the index
    just past it; None when the bracket never closes."""
    i = start + 1
    negate = i < len(pat) and pat[i] == "!"
    if negate:
        i += 1
    first = i
    # A ']' right after '[' or '[!' is a member, not the end.
    if i < len(pat) and pat[i] == "]":
        i += 1
    close = pat.find("]", i)
    if close < 0:
        return None
    body = pat[first:close]
    members = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            lo, hi = body[k], body[k + 2]
            if lo <= hi:
                members.append(re.escape(lo) + "-" + re.escape(hi))
            k += 3
        else:
            members.append(re.escape(body[k]))
            k += 1
    if not members:
        return ("." if negate else "(?!)"), close + 1
    return ("[^" if negate else "[") + "".join(members) + "]", close + 1


def translate(pat):
    """A regular expression matching what the shell pattern pat matches."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            while i + 1 < len(pat) and pat[i + 1] == "*":
                i += 1
            out.append(".*")
            i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            found = _bracket(pat, i)
            if found is None:
                out.append("\\[")
                i += 1
            else:
                out.append(found[0])
                i = found[1]
        else:
            out.append(re.escape(c))
            i += 1
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
