"""email.charset for pyseal: what each character set needs in headers and bodies.

A Charset knows the encoding to use in headers (base64, quoted-printable, or the shorter of
the two) and in bodies, for the character sets the email package knows; others default to
base64 in both.
"""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None),
    'iso-8859-3': (QP, QP, None), 'iso-8859-4': (QP, QP, None),
    'iso-8859-9': (QP, QP, None), 'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None), 'iso-8859-14': (QP, QP, None),
    'iso-8859-15': (QP, QP, None), 'iso-8859-16': (QP, QP, None),
    'windows-1252': (QP, QP, None), 'viscii': (QP, QP, None),
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None), 'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'), 'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None), 'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2',
    'latin-2': 'iso-8859-2', 'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3',
    'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4', 'latin_5': 'iso-8859-9',
    'latin-5': 'iso-8859-9', 'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13', 'latin_8': 'iso-8859-14',
    'latin-8': 'iso-8859-14', 'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16', 'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr', 'ascii': 'us-ascii',
}

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """A character set and how the email package encodes text in it."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        if not isinstance(input_charset, str):
            try:
                input_charset = str(input_charset, 'ascii')
            except UnicodeError:
                input_charset = None
        if input_charset is None or not input_charset.isascii():
            from email.errors import CharsetError
            raise CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    __hash__ = None

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies: 'quoted-printable', 'base64' or
        '7bit'."""
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return '7bit'

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        """string as one RFC 2047 encoded word (unchanged for a charset with no header
        encoding)."""
        codec = self.output_codec or 'us-ascii'
        raw = string.encode(codec, 'surrogateescape')
        kind = self._header_kind(raw)
        if kind is None:
            return string
        from email._encoded_words import encode_b, encode_q
        body = encode_b(raw) if kind == 'b' else encode_q(raw)
        return f'=?{self.get_output_charset()}?{kind}?{body}?='

    def _header_kind(self, raw):
        if self.header_encoding == BASE64:
            return 'b'
        if self.header_encoding == QP:
            return 'q'
        if self.header_encoding == SHORTEST:
            from email._encoded_words import len_b, len_q
            return 'b' if len_b(raw) < len_q(raw) else 'q'
        return None

    def body_encode(self, string):
        """A body in this charset's body encoding."""
        if not string:
            return string
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            import base64
            return base64.encodebytes(string).decode('ascii')
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            from email.quoprimime import body_encode
            return body_encode(string.decode('latin-1'))
        return string
