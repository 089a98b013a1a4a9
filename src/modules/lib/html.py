"""html for pyseal: escape() and unescape() (HTML 5 character references)."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, with quote, both quote marks) as character references."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace("'", '&#x27;')
    return s


# Numeric references to these code points mean the windows-1252 character (HTML 5).
_WINDOWS_1252 = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
    0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019',
    0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153',
    0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}

# Code points a numeric reference may not produce: dropped.
_DROPPED = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0)) | \
    set(range(0xfdd0, 0xfdf0)) | {0xfffe, 0xffff} | \
    {plane * 0x10000 + low for plane in range(1, 17) for low in (0xfffe, 0xffff)}

_REF = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace(match):
    text = match.group(1)
    if text[0] == '#':
        digits = text[1:].rstrip(';')
        if digits[:1] in ('x', 'X'):
            num = int(digits[1:], 16)
        else:
            num = int(digits)
        if num in _WINDOWS_1252:
            return _WINDOWS_1252[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd'
        if num in _DROPPED:
            return ''
        return chr(num)
    from html.entities import html5
    if text in html5:
        return html5[text]
    # The longest known name the text starts with (some may omit the ';').
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in html5:
            return html5[text[:end]] + text[end:]
    return '&' + text


def unescape(s):
    """s with its named and numeric character references replaced by the characters."""
    if '&' not in s:
        return s
    return _REF.sub(_replace, s)
