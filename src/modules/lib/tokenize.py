"""tokenize for pyseal: Python source split into tokens, as Python 3.11's tokenize does it.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes lines and starts
with an ENCODING token. Each token is a TokenInfo(type, string, start, end, line), with
COMMENT and NL tokens kept, so untokenize() can give the source back.
"""

import re
import collections
from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES, tok_name
import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize",
                            "TokenInfo", "TokenError", "open"]

ENCODING = _token.ENCODING
COMMENT = _token.COMMENT
NL = _token.NL
NAME = _token.NAME
NUMBER = _token.NUMBER
STRING = _token.STRING
OP = _token.OP
NEWLINE = _token.NEWLINE
INDENT = _token.INDENT
DEDENT = _token.DEDENT
ENDMARKER = _token.ENDMARKER
ERRORTOKEN = _token.ERRORTOKEN

cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
blank_re = re.compile(br"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        annotated_type = "%d (%s)" % (self.type, tok_name[self.type])
        return ("TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)" %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------------------
# the patterns

def _either(*choices):
    return "(" + "|".join(choices) + ")"


def _string_prefixes():
    """Every case variant and order of the string prefixes (b, r, u, f, br, fr), and ''."""
    result = {""}
    for prefix in ("b", "r", "u", "f", "br", "fr"):
        orders = {prefix, prefix[::-1]}
        for order in orders:
            variants = [""]
            for ch in order:
                variants = [v + c for v in variants for c in (ch, ch.upper())]
            result.update(variants)
    return result


_prefixes = sorted(_string_prefixes(), key=len, reverse=True)
_prefix = "(?:" + "|".join(re.escape(p) for p in _prefixes if p) + ")?"

_whitespace = r"[ \f\t]*"
_comment = r"#[^\r\n]*"
_name = r"\w+"

_hex = r"0[xX](?:_?[0-9a-fA-F])+"
_bin = r"0[bB](?:_?[01])+"
_oct = r"0[oO](?:_?[0-7])+"
_dec = r"(?:0(?:_?0)*|[1-9](?:_?[0-9])*)"
_int = _either(_hex, _bin, _oct, _dec)
_digits = r"[0-9](?:_?[0-9])*"
_exponent = r"[eE][-+]?" + _digits
_point = _either(_digits + r"\.(?:" + _digits + ")?", r"\." + _digits) + "(?:" + _exponent + ")?"
_expfloat = _digits + _exponent
_float = _either(_point, _expfloat)
_imag = _either(r"[0-9](?:_?[0-9])*[jJ]", _float + r"[jJ]")
_number = _either(_imag, _float, _int)

# The rest of a string after its opening quote(s).
_single_tail = r"[^'\\]*(?:\\.[^'\\]*)*'"
_double_tail = r'[^"\\]*(?:\\.[^"\\]*)*"'
_single3_tail = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
_double3_tail = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
_triple = _either(_prefix + "'''", _prefix + '"""')

_operators = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)
_special = _either(r"\r?\n", *[re.escape(op) for op in _operators])
_funny = _either(_special)

# A one-line string, or one continued with a backslash at the end of the line.
_cont_str = _either(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _either("'", r"\\\r?\n"),
                    _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _either('"', r"\\\r?\n"))
_pseudo_extras = _either(r"\\\r?\n|\Z", _comment, _triple)
_pseudo_token = _whitespace + _either(_pseudo_extras, _number, _funny, _cont_str, _name)

_pseudo_re = re.compile(_pseudo_token, re.UNICODE)
_endpats = {}
for _p in _prefixes:
    _endpats[_p + "'"] = re.compile(_single_tail)
    _endpats[_p + '"'] = re.compile(_double_tail)
    _endpats[_p + "'''"] = re.compile(_single3_tail)
    _endpats[_p + '"""'] = re.compile(_double3_tail)
_single_quoted = set()
_triple_quoted = set()
for _p in _prefixes:
    _single_quoted.add(_p + "'")
    _single_quoted.add(_p + '"')
    _triple_quoted.add(_p + "'''")
    _triple_quoted.add(_p + '"""')

tabsize = 8


# ---------------------------------------------------------------------------
# tokenizing

def _tokenize(readline, encoding):
    lnum = parenlev = continued = 0
    numchars = "0123456789"
    contstr, needcont = "", 0
    contline = None
    indents = [0]
    strstart = None
    endprog = None

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    last_line = b""
    line = b""
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b""
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        elif line == b"":
            line = ""
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end),
                                contline + line)
                contstr, needcont = "", 0
                contline = None
            elif needcont and line[-2:] != "\\\n" and line[-3:] != "\\\r\n":
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)),
                                contline)
                contstr = ""
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < max:
                ch = line[pos]
                if ch == " ":
                    column += 1
                elif ch == "\t":
                    column = (column // tabsize + 1) * tabsize
                elif ch == "\f":
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break

            if line[pos] in "#\r\n":
                if line[pos] == "#":
                    comment_token = line[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, comment_token, (lnum, pos),
                                    (lnum, pos + len(comment_token)), line)
                    pos += len(comment_token)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, "", (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < max:
            pseudomatch = _pseudo_re.match(line, pos)
            if pseudomatch:
                start, end = pseudomatch.span(1)
                spos, epos, pos = (lnum, start), (lnum, end), end
                if start == end:
                    continue
                token, initial = line[start:end], line[start]

                if initial in numchars or (initial == "." and token != "." and token != "..."):
                    yield TokenInfo(NUMBER, token, spos, epos, line)
                elif initial in "\r\n":
                    if parenlev > 0:
                        yield TokenInfo(NL, token, spos, epos, line)
                    else:
                        yield TokenInfo(NEWLINE, token, spos, epos, line)
                elif initial == "#":
                    yield TokenInfo(COMMENT, token, spos, epos, line)
                elif token in _triple_quoted:
                    endprog = _endpats[token]
                    endmatch = endprog.match(line, pos)
                    if endmatch:
                        pos = endmatch.end(0)
                        token = line[start:pos]
                        yield TokenInfo(STRING, token, spos, (lnum, pos), line)
                    else:
                        strstart = (lnum, start)
                        contstr = line[start:]
                        contline = line
                        break
                elif (initial in _single_quoted or token[:2] in _single_quoted
                      or token[:3] in _single_quoted):
                    if token[-1] == "\n":
                        strstart = (lnum, start)
                        endprog = (_endpats.get(initial) or _endpats.get(token[1])
                                   or _endpats.get(token[2]))
                        contstr, needcont = line[start:], 1
                        contline = line
                        break
                    else:
                        yield TokenInfo(STRING, token, spos, epos, line)
                elif initial.isidentifier():
                    yield TokenInfo(NAME, token, spos, epos, line)
                elif initial == "\\":
                    continued = 1
                else:
                    if initial in "([{":
                        parenlev += 1
                    elif initial in ")]}":
                        parenlev -= 1
                    yield TokenInfo(OP, token, spos, epos, line)
            else:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1

    if last_line and last_line[-1] not in "\r\n" and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (lnum - 1, len(last_line)),
                        (lnum - 1, len(last_line) + 1), "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (lnum, 0), (lnum, 0), "")
    yield TokenInfo(ENDMARKER, "", (lnum, 0), (lnum, 0), "")


def generate_tokens(readline):
    """Tokens of the source whose str lines `readline` returns ('' at the end)."""
    return _tokenize(readline, None)


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """(encoding, lines read) from a BOM or a coding cookie in the first two lines."""
    bom_found = False
    encoding = None
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration")
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            import codecs
            codecs.lookup(encoding)
        except LookupError:
            raise SyntaxError("unknown encoding: " + encoding)
        if bom_found:
            if encoding != "utf-8":
                raise SyntaxError("encoding problem: utf-8")
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(b"\xef\xbb\xbf"):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """Tokens of the source whose bytes lines `readline` returns, ENCODING first."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        while pending:
            return pending.pop(0)
        return readline()

    return _tokenize(lines, encoding)


def open(filename):
    """Open a source file as text in the encoding detect_encoding() finds."""
    import builtins
    import io
    buffer = builtins.open(filename, "rb")
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except BaseException:
        buffer.close()
        raise


# ---------------------------------------------------------------------------
# untokenize

class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        row_offset = row - self.prev_row
        if row_offset:
            self.tokens.append("\\\n" * row_offset)
            self.prev_col = 0
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        for tok in _chain([token], iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += " "
            if toknum == STRING:
                if prevstring:
                    tokval = " " + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            toks_append(tokval)


def _chain(first, rest):
    yield from first
    yield from rest


def untokenize(iterable):
    """Source text from tokens: exact from 5-tuples, spaced plainly from (type, string)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out
