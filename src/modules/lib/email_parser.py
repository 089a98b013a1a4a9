"""email.parser (and email.feedparser) for pyseal: messages from text.

Headers run to the first empty line (continuation lines start with whitespace); a
multipart body is split at its boundary lines into parts parsed the same way, with the
text before the first boundary as the preamble and after the last as the epilogue.
"""

import re

from email import errors
from email.policy import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser',
           'BytesFeedParser']

_HEADER_NAME = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _lines(text):
    """The lines of text, each with its line ending."""
    return text.splitlines(keepends=True)


class _Builder:
    def __init__(self, factory, policy):
        self.factory = factory
        self.policy = policy

    def new(self):
        if self.factory is None:
            return self.policy.message_factory(policy=self.policy) \
                if self.policy.message_factory is not None else _compat_message(self.policy)
        return self.factory(policy=self.policy)

    def parse(self, text, headersonly=False):
        msg = self.new()
        lines = _lines(text)
        i = self._headers(msg, lines)
        body = ''.join(lines[i:])
        if headersonly:
            msg.set_payload(body)
            return msg
        self._body(msg, body)
        return msg

    def _headers(self, msg, lines):
        current = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line in ('\n', '\r\n', '\r'):
                i += 1
                break
            if i == 0 and line.startswith('From '):
                msg.set_unixfrom(line.rstrip('\r\n'))
                i += 1
                continue
            if line[0] in ' \t':
                if not current:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                    i += 1
                    continue
                current.append(line)
                i += 1
                continue
            if ':' not in line or not _HEADER_NAME.match(line):
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                break
            if current:
                msg.set_raw(*self.policy.header_source_parse(current))
            current = [line]
            i += 1
        if current:
            msg.set_raw(*self.policy.header_source_parse(current))
        return i

    def _body(self, msg, body):
        ctype = msg.get_content_type()
        if msg.get_content_maintype() == 'multipart':
            boundary = msg.get_boundary()
            if boundary is None:
                msg.defects.append(errors.NoBoundaryInMultipartDefect())
                msg.set_payload(body)
                return
            self._multipart(msg, body, boundary)
            return
        if ctype in ('message/rfc822', 'message/global') or ctype == 'message/delivery-status':
            if ctype == 'message/delivery-status':
                msg.set_payload(body)
                return
            sub = self.parse(body)
            msg.set_payload([sub])
            return
        msg.set_payload(body)

    def _multipart(self, msg, body, boundary):
        separator = '--' + boundary
        lines = _lines(body)
        starts = []
        close = None
        for index, line in enumerate(lines):
            stripped = line.rstrip('\r\n')
            if stripped.startswith(separator):
                rest = stripped[len(separator):]
                if rest.startswith('--') and not rest[2:].strip():
                    close = index
                    break
                if not rest.strip():
                    starts.append(index)
        if not starts:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            return
        msg.preamble = _strip_last_newline(''.join(lines[:starts[0]])) \
            if starts[0] > 0 else None
        ends = starts[1:] + [close if close is not None else len(lines)]
        parts = []
        for start, end in zip(starts, ends):
            text = _strip_last_newline(''.join(lines[start + 1:end]))
            if msg.get_content_subtype() == 'digest':
                part = self.parse(text)
                if 'content-type' not in part:
                    part.set_default_type('message/rfc822')
            else:
                part = self.parse(text)
            parts.append(part)
        msg.set_payload(parts)
        if close is None:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            msg.epilogue = None
            return
        msg.epilogue = ''.join(lines[close + 1:])


def _strip_last_newline(text):
    if text.endswith('\r\n'):
        return text[:-2]
    if text.endswith(('\n', '\r')):
        return text[:-1]
    return text


def _compat_message(policy):
    from email.message import Message
    return Message(policy=policy)


class Parser:
    """Parses text into a message."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _Builder(self._class, self.policy).parse(text, headersonly)


class HeaderParser(Parser):
    """Parses only the headers; the body stays one string."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes (ASCII, other bytes kept as surrogates) into a message."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    """BytesParser that reads only the headers."""

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, True)

    def parse(self, fp, headersonly=True):
        return self.parsebytes(fp.read())


class FeedParser:
    """Collects text with feed() and parses it on close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self._factory = _factory
        self.policy = policy
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        text = ''.join(self._chunks)
        return _Builder(self._factory, self.policy).parse(text)


class BytesFeedParser(FeedParser):
    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
