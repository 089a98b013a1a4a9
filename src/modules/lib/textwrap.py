"""textwrap for pyseal: wrapping and filling paragraphs, dedent and indent.

pyseal has no `re`, so the word splitter is a hand-written scanner that finds the same chunks
as CPython's word-separating pattern: whitespace runs, em-dashes between words, and words
split after hyphens that join two letters.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_SPACE_FOR_WHITESPACE = {ord(c): " " for c in _whitespace}


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _at(text, i):
    """The character at i, or '' when i is outside the text."""
    if 0 <= i < len(text):
        return text[i]
    return ""


def _dash_run_then_word(text, k):
    """True when text[k:] is two or more '-' followed by a word character."""
    j = k
    n = len(text)
    while j < n and text[j] == "-":
        j += 1
    return j - k >= 2 and j < n and _is_word(text[j])


def _letter(text, i):
    c = _at(text, i)
    return c != "" and _is_letter(c)


def _chunk_end(text, i, hyphens):
    """End of the chunk that starts at i (the scanner always finds one)."""
    n = len(text)
    if _is_ws(text[i]):
        j = i + 1
        while j < n and _is_ws(text[j]):
            j += 1
        return j
    if not hyphens:
        j = i + 1
        while j < n and not _is_ws(text[j]):
            j += 1
        return j
    # An em-dash run after a word character.
    if i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
        j = i
        while text[j] == "-":
            j += 1
        return j
    # The shortest run of non-whitespace that ends a word.
    k = i + 1
    while True:
        # A hyphen that joins letters ends the chunk just after it.
        if _at(text, k) == "-":
            before = (_letter(text, k - 2) and _letter(text, k - 1)) or (
                _letter(text, k - 3) and _at(text, k - 2) == "-" and _letter(text, k - 1)
            )
            after = _letter(text, k + 1) and (
                _letter(text, k + 2) or (_at(text, k + 2) == "-" and _letter(text, k + 3))
            )
            if before and after:
                return k + 1
        if k == n or _is_ws(text[k]):
            return k
        if _is_word_punct(text[k - 1]) and _dash_run_then_word(text, k):
            return k
        k += 1


def _scan_chunks(text, hyphens):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = _chunk_end(text, i, hyphens)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_words(text, hyphens):
    if any(c in text for c in "\t\n\x0b\x0c\r"):
        return _scan_chunks(text, hyphens)
    # Only spaces separate words (the usual case once whitespace is replaced): split at
    # them, and scan only the words with hyphens, which may hold several chunks. The rules
    # never look across whitespace, so a word scanned alone splits the same way.
    chunks = []
    spaces = -1
    for word in text.split(" "):
        spaces += 1
        if not word:
            continue
        if spaces:
            chunks.append(" " * spaces)
        spaces = 0
        if hyphens and "-" in word:
            chunks.extend(_scan_chunks(word, hyphens))
        else:
            chunks.append(word)
    if spaces > 0:
        chunks.append(" " * spaces)
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then an optional quote, at the end of the chunk."""
    n = len(chunk)
    if n and chunk[-1] in "\"'":
        n -= 1
    return n >= 2 and chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


class TextWrapper:
    """Wraps paragraphs of text to a width; the options are public attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.drop_whitespace = break_long_words, drop_whitespace
        self.break_on_hyphens, self.tabsize = break_on_hyphens, tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        # Each character to replace is unprintable: printable text needs no pass.
        if self.replace_whitespace and not text.isprintable():
            text = text.translate(_SPACE_FOR_WHITESPACE)
        return text

    def _split(self, text):
        return [c for c in _split_words(text, self.break_on_hyphens) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but not the first) goes.
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()
            )
            if (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or rest_is_blank
                and cur_len <= width
            ):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the longest run of leading spaces and tabs common to every non-blank line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[: len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (default: non-blank lines)."""
    if predicate is None:

        def predicate(line):
            return line.strip()

    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
