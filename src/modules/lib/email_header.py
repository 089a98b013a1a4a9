"""email.header for pyseal: headers with text in several character sets (RFC 2047).

A Header is a sequence of (text, Charset) chunks; encode() writes it with non-ASCII chunks
as encoded words and folds it at whitespace. decode_header() splits a raw header into its
encoded and plain parts; make_header() builds a Header back from them.
"""

import re

from email import charset as _charset
from email import _encoded_words
from email.errors import HeaderParseError

__all__ = ['Header', 'decode_header', 'make_header']

Charset = _charset.Charset
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')
NL = '\n'
SPACE = ' '
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

_ECRE = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                   re.VERBOSE | re.MULTILINE)
# a line break followed by something that is not whitespace would start a new header
_EMBEDDED_HEADER = re.compile(r'\n[^ \t]+:')


def decode_header(header):
    """[(part, charset)] of a header: bytes parts with their charset (None for plain text)
    when it has encoded words, else [(header, None)]."""
    if hasattr(header, '_chunks'):
        return [(string.encode(str(charset) if charset else 'us-ascii', 'surrogateescape'),
                 str(charset) if charset else None)
                for string, charset in header._chunks]
    if not _ECRE.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        pieces = _ECRE.split(line)
        first = True
        while pieces:
            unencoded = pieces.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if pieces:
                charset = pieces.pop(0).lower()
                encoding = pieces.pop(0).lower()
                encoded = pieces.pop(0)
                words.append((encoded, encoding, charset))
    # whitespace between two encoded words is not part of the text
    kept = []
    for i, word in enumerate(words):
        if (0 < i < len(words) - 1 and word[1] is None and word[0].isspace() and
                words[i - 1][1] is not None and words[i + 1][1] is not None):
            continue
        kept.append(word)
    decoded = []
    for encoded, encoding, charset in kept:
        if encoding is None:
            decoded.append((encoded, charset))
        elif encoding == 'q':
            raw, _ = _encoded_words.decode_q(encoded.encode('raw-unicode-escape'))
            decoded.append((raw, charset))
        else:
            raw, defects = _encoded_words.decode_b(encoded.encode('raw-unicode-escape'))
            if any(type(d).__name__ == 'InvalidBase64CharactersDefect' for d in defects):
                raise HeaderParseError('Base64 decoding error')
            decoded.append((raw, charset))
    # neighbouring parts in the same charset become one
    collapsed = []
    for word, charset in decoded:
        if isinstance(word, str):
            word = word.encode('raw-unicode-escape')
        if collapsed and collapsed[-1][1] == charset:
            collapsed[-1] = (collapsed[-1][0] + word, charset)
        else:
            collapsed.append((word, charset))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header()'s (part, charset) pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


def _is_separator(s):
    return s.isspace() or s in ('(', ')', '\\')


class Header:
    """A header value made of chunks of text, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._chunks = []
        self._continuation_ws = continuation_ws
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._charset = charset = (USASCII if charset is None else
                                   charset if isinstance(charset, Charset) else
                                   Charset(charset))
        if s is not None:
            self.append(s, charset, errors)
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def _normalize(self):
        """Neighbouring chunks in the same charset become one (joined by a space)."""
        chunks = []
        for string, charset in self._chunks:
            if chunks and str(chunks[-1][1]) == str(charset):
                chunks[-1] = (chunks[-1][0] + SPACE + string, charset)
            else:
                chunks.append((string, charset))
        self._chunks = chunks

    def __str__(self):
        """The text, with a space where an encoded chunk meets a plain one."""
        self._normalize()
        pieces = []
        last_charset = None
        last_space = False
        for string, charset in self._chunks:
            this_charset = str(charset) if charset is not None else None
            if this_charset == 'unknown-8bit':
                string = string.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if pieces:
                starts_spaced = bool(string) and _is_separator(string[0])
                if last_charset not in (None, 'us-ascii'):
                    if this_charset in (None, 'us-ascii') and not starts_spaced:
                        pieces.append(SPACE)
                        this_charset = None
                elif this_charset not in (None, 'us-ascii') and not last_space:
                    pieces.append(SPACE)
            last_space = bool(string) and _is_separator(string[-1])
            last_charset = this_charset
            pieces.append(string)
        return EMPTYSTRING.join(pieces)

    def __eq__(self, other):
        return other == str(self)

    __hash__ = None

    def append(self, s, charset=None, errors='strict'):
        """Adds s (str, or bytes in charset) as a chunk; text that does not fit US-ASCII
        goes in as UTF-8."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = str(s, charset.input_codec or 'us-ascii', errors)
        output = charset.output_codec or 'us-ascii'
        if output != 'unknown-8bit':
            try:
                s.encode(output, errors)
            except UnicodeEncodeError:
                if output != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header as it is written in a message: plain chunks as they are, the others as
        encoded words, folded to maxlinelen (0: never folded)."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = ['']
        first_width = maxlinelen - self._headerlen

        def room():
            width = first_width if len(lines) == 1 else maxlinelen
            return width - len(lines[-1])

        for string, charset in self._chunks:
            text_lines = string.splitlines() or ['']
            for index, line in enumerate(text_lines):
                if index:
                    lines.append('')
                    stripped = line.lstrip()
                    lead = line[:len(line) - len(stripped)]
                    if charset.header_encoding is not None:
                        lead, stripped = self._continuation_ws, stripped
                    line = stripped
                    lines[-1] = lead
                if charset.header_encoding is None:
                    self._fold_plain(lines, line, room, splitchars)
                else:
                    self._fold_encoded(lines, line, charset, room, maxlinelen)
        joined = []
        for i, line in enumerate(lines):
            if i and line and line[0] not in FWS:
                line = self._continuation_ws + line
            joined.append(line)
        value = linesep.join(joined)
        if _EMBEDDED_HEADER.search(value.replace(linesep, '\n')):
            raise HeaderParseError(f'header value appears to contain an embedded header: '
                                   f'{value!r}')
        return value

    def _fold_plain(self, lines, text, room, splitchars):
        if len(text) <= room():
            lines[-1] += text
            return
        tokens = re.split('([ \t]+)', text)
        pairs = [('', tokens[0])] + [(tokens[i], tokens[i + 1])
                                     for i in range(1, len(tokens) - 1, 2)]
        current = []
        for ws, word in pairs:
            piece = ws + word
            if len(piece) <= room():
                lines[-1] += piece
                current.append((ws, word))
                continue
            if not current and len(lines) > 1:
                lines[-1] += piece
                current.append((ws, word))
                continue
            # break after the last ';' (else ',') on the line when there is one
            carry = []
            for mark in (';', ','):
                cut = max((i for i, (_, w) in enumerate(current[:-1]) if w.endswith(mark)),
                          default=None)
                if cut is not None:
                    carry = current[cut + 1:]
                    kept = current[:cut + 1]
                    lines[-1] = lines[-1][:len(lines[-1]) -
                                          sum(len(a) + len(b) for a, b in carry)]
                    current = kept
                    break
            lines.append('')
            current = []
            for i, (cws, cword) in enumerate(carry + [(ws, word)]):
                lead = self._continuation_ws if i == 0 else cws
                lines[-1] += lead + cword
                current.append((lead, cword))

    def _fold_encoded(self, lines, text, charset, room, maxlinelen):
        name = charset.get_output_charset()
        while True:
            if lines[-1] and lines[-1][-1] not in FWS and lines[-1].strip():
                lines[-1] += ' '
            chunk = text
            word = charset.header_encode(chunk)
            while len(word) > room() and len(chunk) > 1:
                chunk = chunk[:-1]
                word = charset.header_encode(chunk)
            if len(word) > room() and lines[-1].strip():
                lines.append(self._continuation_ws)
                continue
            lines[-1] += word
            text = text[len(chunk):]
            if not text:
                return
            lines.append(self._continuation_ws)
