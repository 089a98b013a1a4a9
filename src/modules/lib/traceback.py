"""traceback for pyseal: extract, format and print stack traces and exceptions.

Tracebacks print as CPython 3.11's traceback module prints them: each entry's source line,
and under it the `~~~^^^` markers for the part of the line that failed (from the code's
co_positions()).
"""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One entry of a stack: file, line number, function name and source line, and the
    span (end line, start and end column in UTF-8 bytes) of the failing expression."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line",
                 "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        self._line = line
        if lookup_line:
            self._load_line()

    def _load_line(self):
        # Reads the source line once, on first need; None when there is no line number.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def _original_line(self):
        # The line as the file has it (indentation and newline included).
        return self._load_line()

    @property
    def line(self):
        text = self._load_line()
        return None if text is None else text.strip()

    def _as_tuple(self):
        # The legacy 4-tuple view: (filename, lineno, name, line).
        return (self.filename, self.lineno, self.name, self.line)

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._as_tuple())

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return (self.filename == other.filename and self.lineno == other.lineno
                and self.name == other.name and self.locals == other.locals)

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def _caret_line(frame_summary, stripped_line):
    """The `~~^^` line under an entry's source line, or None (CPython 3.11's rules: none
    when the span covers the whole stripped line and has no operator to point at)."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return None
    line = frame_summary._original_line
    # What strip() took from both ends of the line, its newline included.
    stripped_characters = len(line) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
    end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
    code_segment = line[start_offset:end_offset]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _caret_anchors(code_segment)
        except Exception:
            anchors = None
    else:
        end_offset = len(line.rstrip())
    if not (end_offset - start_offset < len(stripped_line)
            or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    dp_start_offset = _display_width(line, start_offset) + 1
    dp_end_offset = _display_width(line, end_offset) + 1
    row = ["    ", " " * (dp_start_offset - stripped_characters)]
    if anchors:
        dp_left_end = _display_width(code_segment, anchors[0])
        dp_right_start = _display_width(code_segment, anchors[1])
        row.append("~" * dp_left_end)
        row.append("^" * (dp_right_start - dp_left_end))
        row.append("~" * (dp_end_offset - dp_start_offset - dp_right_start))
    else:
        row.append("^" * (dp_end_offset - dp_start_offset))
    row.append("\n")
    return "".join(row)


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _display_width(line, offset):
    # Columns line[:offset] takes on a terminal: East Asian wide characters take two.
    if line.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[:offset])


# The source segment under a caret line is read again to find an operator (or a subscript's
# brackets) to point at. Only a binary operation or a subscript has one, so a small scanner
# stands in for ast.parse: it finds the expression's top-level structure, and the columns are
# worked out from the operand boundaries as CPython does from the parsed tree.

_KEYWORDS = frozenset("""and as assert async await break class continue def del elif else except
    finally for from global if import in is lambda nonlocal not or pass raise return try while
    with yield""".split())
_BINARY_LEVEL = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6,
                 "//": 6, "%": 6, "@": 6, "**": 8}
_OPERATORS = ("**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=", ">=", "->", ":=", "**", "//",
              "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=")


def _tokens(segment):
    # (kind, start, end, text) in character offsets; None when the text does not scan.
    out = []
    i, n = 0, len(segment)
    while i < n:
        ch = segment[i]
        if ch in " \t\f":
            i += 1
            continue
        if ch == "#" or ch in "\r\n\\":
            return None if ch != "#" else out
        j = i
        while j < n and j - i < 2 and segment[j] in "rRbBuUfF":
            j += 1
        if j < n and segment[j] in "'\"":
            quote = segment[j] * 3 if segment[j:j + 3] == segment[j] * 3 else segment[j]
            k = j + len(quote)
            while True:
                if k >= n:
                    return None
                if segment[k] == "\\":
                    k += 2
                    continue
                if segment.startswith(quote, k):
                    k += len(quote)
                    break
                k += 1
            out.append(("str", i, k, segment[i:k]))
            i = k
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and segment[i + 1].isdigit()):
            k = i
            while k < n and (segment[k].isalnum() or segment[k] in "._"
                             or (segment[k] in "+-" and segment[k - 1] in "eE"
                                 and not segment[i:k].lower().startswith("0x"))):
                k += 1
            out.append(("num", i, k, segment[i:k]))
            i = k
            continue
        if ch.isidentifier():
            k = i + 1
            while k < n and (segment[k].isalnum() or segment[k] == "_" or not segment[k].isascii()):
                k += 1
            word = segment[i:k]
            out.append(("kw" if word in _KEYWORDS else "name", i, k, word))
            i = k
            continue
        if ch in "([{":
            out.append(("open", i, i + 1, ch))
            i += 1
            continue
        if ch in ")]}":
            out.append(("close", i, i + 1, ch))
            i += 1
            continue
        for op in _OPERATORS:
            if segment.startswith(op, i):
                break
        else:
            op = ch
        out.append(("op", i, i + len(op), op))
        i += len(op)
    return out


def _caret_anchors(segment):
    """(left end, right start) of the `^` run under a binary operation's operator or a
    subscript's brackets, in characters into the segment; None for other expressions."""
    toks = _tokens(segment)
    if not toks:
        return None
    # Bracket depth before each token, and each bracket's partner.
    depth, stack, partner, depths = 0, [], {}, []
    for k, tok in enumerate(toks):
        if tok[0] == "close":
            if not stack:
                return None
            partner[stack.pop()] = k
            depth -= 1
        depths.append(depth)
        if tok[0] == "open":
            stack.append(k)
            depth += 1
    if stack:
        return None
    binary, unary = [], []
    for k, tok in enumerate(toks):
        if depths[k]:
            continue
        kind, text = tok[0], tok[3]
        if text in (".", "..."):
            continue
        if kind == "kw" or (kind == "op" and text not in _BINARY_LEVEL and text not in "~"):
            return None
        if kind == "op":
            prev = toks[k - 1] if k else None
            after_operand = prev is not None and (
                prev[0] in ("name", "num", "str", "close") or prev[3] == "...")
            if text in _BINARY_LEVEL and after_operand:
                binary.append(k)
            elif text in "+-~":
                unary.append(k)
            else:
                return None
    to_bytes = lambda chars: len(segment[:chars].encode("utf-8"))
    normalize = lambda offset: _byte_offset_to_character_offset(segment, offset)
    if binary:
        lowest = min(_BINARY_LEVEL[toks[k][3]] for k in binary)
        at = [k for k in binary if _BINARY_LEVEL[toks[k][3]] == lowest]
        op = at[0] if lowest == 8 else at[-1]
        if any(u < op for u in unary) and lowest == 8:
            return None
        left_end = toks[_unwrap(toks, partner, 0, op - 1)[1]][2]
        right_start = toks[_unwrap(toks, partner, op + 1, len(toks) - 1)[0]][1]
        operator_str = segment[left_end:right_start]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = to_bytes(left_end) + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace()
                                              or segment[left_anchor] in ")#"):
            left_anchor += 1
            right_anchor += 1
        return normalize(left_anchor), normalize(right_anchor)
    if unary or toks[-1][3] != "]":
        return None
    opening = [k for k, v in partner.items() if v == len(toks) - 1][0]
    if opening == 0 or opening + 1 == len(toks) - 1:
        return None
    value_end = to_bytes(toks[opening - 1][2])
    slice_end = to_bytes(toks[len(toks) - 2][2])
    left_anchor = normalize(value_end)
    right_anchor = normalize(slice_end + 1)
    while left_anchor < len(segment) and segment[left_anchor] != "[":
        left_anchor += 1
    while right_anchor < len(segment) and segment[right_anchor] != "]":
        right_anchor += 1
    if right_anchor < len(segment):
        right_anchor += 1
    return left_anchor, right_anchor


def _unwrap(toks, partner, first, last):
    # The tokens of an operand without the parentheses around it (a parenthesized tuple or
    # generator keeps them, as its node does).
    while (first < last and toks[first][3] == "(" and partner.get(first) == last
           and last - first > 1):
        inner = [t for k, t in enumerate(toks[first + 1:last], first + 1)
                 if not any(o < k < c for o, c in partner.items() if first < o)]
        if any(t[3] in (",", "for") for t in inner):
            break
        first, last = first + 1, last - 1
    return first, last


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # (frame, (line, end line, column, end column)) for each entry, outermost first.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    # co_positions() has one entry per two bytes of co_code, as tb_lasti counts them.
    if instruction_index < 0:
        return (None, None, None, None)
    positions = getattr(code, "co_positions", None)
    if positions is None:
        return (None, None, None, None)
    for i, position in enumerate(positions()):
        if i == instruction_index // 2:
            return position
    return (None, None, None, None)


def walk_stack(f):
    """(frame, line number) from frame f (default: the caller's) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract_from_extended_frame_gen(
            ((f, (lineno, None, None, None)) for f, lineno in frame_gen), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        # frame_gen gives (frame, (line, end line, column, end column)).
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        entries = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                entries = entries[:limit]
            else:
                entries = entries[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        def as_summary(entry):
            if isinstance(entry, FrameSummary):
                return entry
            filename, lineno, name, line = entry
            return FrameSummary(filename, lineno, name, line=line)
        return klass(map(as_summary, a_list))

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append("    {}\n".format(stripped_line))
            carets = _caret_line(frame_summary, stripped_line)
            if carets is not None:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        more, "s" if more > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame))
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                more, "s" if more > 1 else ""))
        return result


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    # format_exception(exc) and format_exception(type, value, tb) both work.
    value_missing = value is _sentinel
    if value_missing != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if not value_missing:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def _type_name(etype):
    qualname = getattr(etype, "__qualname__", etype.__name__)
    module = getattr(etype, "__module__", None)
    if module not in ("__main__", "builtins", None):
        if not isinstance(module, str):
            module = "<unknown>"
        return module + "." + qualname
    return qualname


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def _is_sequence(value):
    if isinstance(value, (list, tuple, str)):
        return True
    from collections.abc import Sequence
    return isinstance(value, Sequence)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


class _GroupPrint:
    # Where a traceback being formatted is inside exception groups: how deep, and whether a
    # group's box still needs its closing line.
    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.depth)

    def margined(self, text, margin_char="|"):
        prefix = self.indent()
        if self.depth:
            prefix += margin_char + " "
        return "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting: its type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._str = _safe_str(exc_value)
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   lookup_lines=lookup_lines, capture_locals=capture_locals,
                                   max_group_width=max_group_width,
                                   max_group_depth=max_group_depth, _seen=_seen)
                for e in exc_value.exceptions]
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            if self._str:
                yield "{}: {}\n".format(stype, self._str)
            else:
                yield "{}\n".format(stype)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if notes is not None:
            if _is_sequence(notes):
                # Any sequence, even a str (whose characters are then the notes).
                for note in notes:
                    note = _safe_string(note, "note")
                    yield from [l + "\n" for l in note.split("\n")]
            else:
                # As 3.11 has it: with no newline after.
                yield _safe_string(notes, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                caret = max(0, offset - 1 - spaces)
                yield "    {}^\n".format(" " * caret)
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the traceback: chained exceptions first, then this one; an
        exception group's members in numbered boxes, nested groups indented further."""
        if _ctx is None:
            _ctx = _GroupPrint()
        output = []
        exc = self
        while exc is not None:
            chained_msg = chained = None
            if chain:
                if exc.__cause__ is not None:
                    chained_msg = ("\nThe above exception was the direct cause "
                                   "of the following exception:\n\n")
                    chained = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = ("\nDuring handling of the above exception, "
                                   "another exception occurred:\n\n")
                    chained = exc.__context__
            output.append((chained_msg, exc))
            exc = chained
        for msg, exc in reversed(output):
            if msg is not None:
                yield _ctx.margined(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield _ctx.margined("Traceback (most recent call last):\n")
                    for text in exc.stack.format():
                        yield _ctx.margined(text)
                for text in exc.format_exception_only():
                    yield _ctx.margined(text)
            elif _ctx.depth > exc.max_group_depth:
                yield _ctx.margined("... (max_group_depth is %d)\n" % exc.max_group_depth)
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        outermost = _ctx.depth == 0
        if outermost:
            _ctx.depth = 1
        if self.stack:
            yield _ctx.margined("Exception Group Traceback (most recent call last):\n",
                                "+" if outermost else "|")
            for text in self.stack.format():
                yield _ctx.margined(text)
        for text in self.format_exception_only():
            yield _ctx.margined(text)
        width = self.max_group_width
        count = len(self.exceptions)
        shown = count if count <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # A nested group may draw the closing line itself.
                _ctx.need_close = True
            truncated = i >= width
            title = "..." if truncated else str(i + 1)
            yield "%s%s+---------------- %s ----------------\n" % (
                _ctx.indent(), "+-" if i == 0 else "  ", title)
            _ctx.depth += 1
            if truncated:
                more = count - width
                yield _ctx.margined("and %d more exception%s\n" % (more, "s" if more > 1 else ""))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.depth -= 1
        if outermost:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
