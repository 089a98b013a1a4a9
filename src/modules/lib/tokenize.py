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
            elif column < indents[-1]:
                # One DEDENT per closed block; the new column must be an enclosing one.
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                here = (lnum, pos)
                while indents[-1] > column:
                    indents.pop()
                    yield TokenInfo(DEDENT, "", here, here, line)

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
    # Only the first 12 characters matter, compared case- and '_'-insensitively.
    key = orig_enc[:12].lower().replace("_", "-")
    families = (
        ("utf-8", ("utf-8",)),
        ("iso-8859-1", ("latin-1", "iso-8859-1", "iso-latin-1")),
    )
    for canonical, spellings in families:
        for spelling in spellings:
            if key == spelling or key.startswith(spelling + "-"):
                return canonical
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
    consumed = [first]
    found = find_cookie(first)
    # a cookie may sit on line two only when line one is blank or a comment
    if not found and blank_re.match(first):
        second = read_or_stop()
        if second:
            consumed.append(second)
            found = find_cookie(second)
    return found or default, consumed


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
    """Turns a token stream back into source text.

    Full 5-tuples are laid out at their recorded positions; as soon as a
    bare (type, string) pair shows up, the rest is joined with plain spacing.
    """

    def __init__(self):
        self.tokens = []          # pieces of output text, joined at the end
        self.prev_row = 1         # where the previous token ended
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError(
                f"start ({row},{col}) precedes previous end "
                f"({self.prev_row},{self.prev_col})")
        if row > self.prev_row:
            # tokens on a later row: bridge with continuation lines
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        gap = col - self.prev_col
        if gap > 0:
            self.tokens.append(" " * gap)

    def _put_indent(self, indent, col):
        if col >= len(indent):
            self.tokens.append(indent)
            self.prev_col = len(indent)

    def untokenize(self, iterable):
        stream = iter(iterable)
        pending_indents = []
        fresh_line = False
        for tok in stream:
            if len(tok) == 2:
                # degrade to the two-field mode for this token and the rest
                self.compat(tok, stream)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
            elif kind == ENDMARKER:
                break
            elif kind == INDENT:
                pending_indents.append(text)
            elif kind == DEDENT:
                pending_indents.pop()
                self.prev_row, self.prev_col = end
            else:
                ends_line = kind in (NEWLINE, NL)
                if ends_line:
                    fresh_line = True
                elif fresh_line and pending_indents:
                    self._put_indent(pending_indents[-1], start[1])
                    fresh_line = False
                self.add_whitespace(start)
                self.tokens.append(text)
                end_row, end_col = end
                if ends_line:
                    self.prev_row, self.prev_col = end_row + 1, 0
                else:
                    self.prev_row, self.prev_col = end_row, end_col
        return "".join(self.tokens)

    def compat(self, token, iterable):
        emit = self.tokens.append
        indent_stack = []
        fresh_line = token[0] in (NEWLINE, NL)
        last_was_string = False
        for tok in _chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            is_string = kind == STRING
            if kind in (NAME, NUMBER):
                text += " "
            elif is_string and last_was_string:
                # adjacent string literals need a separator
                text = " " + text
            last_was_string = is_string
            if kind == INDENT:
                indent_stack.append(text)
            elif kind == DEDENT:
                indent_stack.pop()
            else:
                if kind in (NEWLINE, NL):
                    fresh_line = True
                elif fresh_line and indent_stack:
                    emit(indent_stack[-1])
                    fresh_line = False
                emit(text)


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
