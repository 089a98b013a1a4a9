"""email.generator for pyseal: messages written out as text or bytes.

Headers are folded by the policy; a multipart gets a random boundary when it has none; a
text body holding undecodable bytes is re-encoded for a text stream.
"""

import io
import random
import re
import sys
from copy import deepcopy

from email.policy import _has_surrogates

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

NL = '\n'
_FROM_LINE = re.compile(r'^From ', re.MULTILINE)
_LINE_ENDS = re.compile(r'\r\n|\r|\n')
_WIDTH = len(repr(sys.maxsize - 1))
_BOUNDARY_FORMAT = '%%0%dd' % _WIDTH


class Generator:
    """Writes a message to a text file."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        # without a policy of its own, 'From ' lines are escaped (the compat32 default)
        default_mangle = True if policy is None else policy.mangle_from_
        self._mangle_from_ = default_mangle if mangle_from_ is None else mangle_from_

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Writes msg (with its 'From ' line when unixfrom is true)."""
        changes = {}
        if linesep is not None:
            changes['linesep'] = linesep
        if self.maxheaderlen is not None:
            changes['max_line_length'] = self.maxheaderlen
        policy = (self.policy or msg.policy).clone(**changes)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(self._NL)
        saved = msg.policy
        saved_generator_policy = self.policy
        try:
            msg.policy = policy
            self.policy = policy
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    import time
                    ufrom = 'From nobody ' + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            msg.policy = saved
            self.policy = saved_generator_policy

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return io.StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        if not lines:
            return
        pieces = _LINE_ENDS.split(lines)
        for line in pieces[:-1]:
            self.write(line)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        saved_fp = self._fp
        try:
            self._munge_cte = None
            self._fp = buffer = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = saved_fp
            munge = self._munge_cte
            del self._munge_cte
        if munge:
            msg = deepcopy(msg)
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = munge[0]
            else:
                msg.replace_header('content-transfer-encoding', munge[0])
            msg.replace_header('content-type', munge[1])
        self._write_headers(msg)
        self._fp.write(buffer.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        if main == 'multipart':
            self._handle_multipart(msg)
        elif msg.get_content_type() in ('message/rfc822', 'message/global') or \
                main == 'message' and isinstance(msg.get_payload(), list):
            self._handle_message(msg)
        else:
            self._handle_text(msg)

    def _write_headers(self, msg):
        for h, v in msg.raw_items():
            self.write(self.policy.fold(h, v))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError(f'string payload expected: {type(payload)}')
        if _has_surrogates(msg._payload):
            charset = msg.get_param('charset')
            if charset is not None:
                msg = deepcopy(msg)
                del msg['content-transfer-encoding']
                msg.set_payload(payload, charset)
                payload = msg.get_payload()
                self._munge_cte = (msg['content-transfer-encoding'], msg['content-type'])
        if self._mangle_from_:
            payload = _FROM_LINE.sub('>From ', payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        texts = []
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        for part in parts:
            buffer = self._new_buffer()
            self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buffer.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _FROM_LINE.sub('>From ', preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        for index, text in enumerate(texts):
            if index:
                self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _FROM_LINE.sub('>From ', epilogue)
            self._write_lines(epilogue)

    def _handle_message(self, msg):
        buffer = self._new_buffer()
        g = self.clone(buffer)
        payload = msg._payload
        if isinstance(payload, list):
            g.flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            payload = buffer.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        token = random.randrange(sys.maxsize)
        boundary = ('=' * 15) + (_BOUNDARY_FORMAT % token) + '=='
        if text is None:
            return boundary
        b = boundary
        counter = 0
        while re.search('^--' + re.escape(b) + '(--)?$', text, re.MULTILINE):
            b = boundary + '.' + str(counter)
            counter += 1
        return b


class BytesGenerator(Generator):
    """Writes a message to a binary file (8bit bodies stay 8bit)."""

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _new_buffer(self):
        return io.BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        for h, v in msg.raw_items():
            self._fp.write(self.policy.fold_binary(h, v))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and not self.policy.cte_type == '7bit':
            if self._mangle_from_:
                msg._payload = _FROM_LINE.sub('>From ', msg._payload)
            self._write_lines(msg._payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text


class DecodedGenerator(Generator):
    """Writes text parts decoded and a placeholder line for the others."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *,
                 policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = fmt or ('[Non-text (%(type)s) part of message omitted, '
                            'filename %(filename)s]')

    def _dispatch(self, msg):
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'multipart':
                continue
            if kind == 'text':
                print(part.get_payload(decode=False), file=self)
            else:
                print(self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                }, file=self)
