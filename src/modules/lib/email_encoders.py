"""email.encoders for pyseal: encode a message's payload and set its
Content-Transfer-Encoding."""

from base64 import encodebytes as _encodebytes
from quopri import encodestring as _encodestring

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def encode_base64(msg):
    """The payload in base64."""
    data = msg.get_payload(decode=True)
    msg.set_payload(str(_encodebytes(data), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """The payload in quoted-printable."""
    data = msg.get_payload(decode=True)
    encoded = _encodestring(data, quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(str(encoded, 'ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """7bit when the payload is ASCII, 8bit otherwise (the payload is left as it is)."""
    data = msg.get_payload(decode=True)
    if data is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        data.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leaves the payload and headers alone."""
