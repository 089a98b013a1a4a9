"""email._encoded_words for pyseal: RFC 2047 encoded words (=?charset?q|b?text?=)."""

import base64
import binascii
import re

__all__ = ['decode', 'encode', 'decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q',
           'len_b']

# bytes that stand for themselves in the q encoding of a header
_Q_LITERAL = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-!*+/')


def encode_q(raw):
    return ''.join('_' if b == 32 else chr(b) if b in _Q_LITERAL else '=%02X' % b
                   for b in raw)


def len_q(raw):
    return sum(1 if b == 32 or b in _Q_LITERAL else 3 for b in raw)


def decode_q(encoded):
    raw = encoded.replace(b'_', b' ')
    return re.sub(rb'=([a-fA-F0-9]{2})', lambda m: bytes.fromhex(m.group(1).decode()),
                  raw), []


def encode_b(raw):
    return base64.b64encode(raw).decode('ascii')


def len_b(raw):
    return (len(raw) + 2) // 3 * 4


def decode_b(encoded):
    from email import errors
    defects = []
    padding = -len(encoded) % 4
    if padding:
        defects.append(errors.InvalidBase64PaddingDefect())
    try:
        return base64.b64decode(encoded + b'=' * padding, validate=True), defects
    except binascii.Error:
        try:
            return base64.b64decode(encoded + b'=' * padding), defects
        except binascii.Error:
            defects.append(errors.InvalidBase64CharactersDefect())
            return encoded, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """string as an encoded word; encoding 'q' or 'b' (default: q unless it is at least 5
    characters longer than b)."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    body = encode_q(raw) if encoding == 'q' else encode_b(raw)
    if lang:
        lang = '*' + lang
    return f'=?{charset}{lang}?{encoding}?{body}?='


def decode(ew):
    """(text, charset, lang, defects) of one encoded word."""
    _, charset, cte, cte_string, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    cte = cte.lower()
    raw = cte_string.encode('ascii', 'surrogateescape')
    if cte == 'q':
        raw, defects = decode_q(raw)
    else:
        raw, defects = decode_b(raw)
    try:
        text = raw.decode(charset, 'surrogateescape')
    except LookupError:
        text = raw.decode('ascii', 'surrogateescape')
    return text, charset, lang, defects
