"""email.contentmanager for pyseal: get_content/set_content of the modern policy.

raw_data_manager reads a part as str (text), bytes (other types) or a message
(message/rfc822), and writes str, bytes and messages with the headers they need,
choosing the transfer encoding as CPython does.
"""

import binascii

from email import quoprimime

__all__ = ['ContentManager', 'raw_data_manager']


class ContentManager:
    """Reads and writes message content through handlers.

    get handlers are keyed by 'maintype/subtype', 'maintype' or '' (any); set handlers by
    the type of the object written (a class, or its qualified or plain name).
    """

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def get_content(self, msg, *args, **kw):
        ctype = msg.get_content_type()
        for key in (ctype, msg.get_content_maintype(), ''):
            handler = self.get_handlers.get(key)
            if handler is not None:
                return handler(msg, *args, **kw)
        raise KeyError(ctype)

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError('set_content not valid on multipart')
        handler = self._setter_for(obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _setter_for(self, obj):
        first_name = None
        for cls in type(obj).__mro__:
            module = getattr(cls, '__module__', '')
            qualified = f'{module}.{cls.__qualname__}' if module else cls.__qualname__
            first_name = first_name or qualified
            for key in (cls, qualified, cls.__qualname__, cls.__name__, cls.__name__.lower()):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        raise KeyError(first_name)


raw_data_manager = ContentManager()


def _text_of(msg, errors='replace'):
    return msg.get_payload(decode=True).decode(msg.get_param('charset', 'ASCII'),
                                               errors=errors)


def _bytes_of(msg):
    return msg.get_payload(decode=True)


def _message_of(msg):
    return msg.get_payload(0)


def _other_message_bytes(msg):
    return bytes(msg.get_payload(0))


for _key, _handler in ([('text', _text_of), ('message', _other_message_bytes),
                        ('message/rfc822', _message_of),
                        ('message/external-body', _message_of)] +
                       [(m, _bytes_of) for m in ('audio', 'image', 'video', 'application')]):
    raw_data_manager.add_get_handler(_key, _handler)


def _prepare_set(msg, maintype, subtype, headers):
    msg['Content-Type'] = '/'.join((maintype, subtype))
    for header in headers or ():
        if not hasattr(header, 'name'):
            name, _, value = header.partition(':')
            header = msg.policy.header_factory(name.strip(), value.strip())
        msg[header.name] = header


def _finalize_set(msg, disposition, filename, cid, params):
    """The headers every set_content handler adds after the content itself."""
    if filename is not None:
        msg['Content-Disposition'] = disposition or 'attachment'
        msg.set_param('filename', filename, header='Content-Disposition')
    elif disposition is not None:
        msg['Content-Disposition'] = disposition
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _encode_base64(data, max_line_length):
    """data in base64 lines of whole 4-character groups, at most max_line_length long."""
    step = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii')
                   for i in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, body) for text: 7bit when it is ASCII with short lines, else 8bit (if the
    policy allows), else quoted-printable or base64, whichever a sample of the first ten
    lines shows to be shorter."""
    lines = string.encode(charset).splitlines()
    # the body always ends with a newline: '\n' in the payload, the policy's linesep in
    # encoded forms
    plain = b''.join(line + b'\n' for line in lines)
    sep = policy.linesep.encode('ascii')
    if cte is None:
        longest = max(map(len, lines), default=0)
        if longest <= policy.max_line_length:
            if plain.isascii():
                return '7bit', plain.decode('ascii')
            if policy.cte_type == '8bit':
                return '8bit', plain.decode('ascii', 'surrogateescape')
        sample = b''.join(line + sep for line in lines[:10])
        sample_qp = quoprimime.body_encode(sample.decode('latin-1'), policy.max_line_length)
        if len(sample_qp) > len(binascii.b2a_base64(sample)):
            cte = 'base64'
        elif len(lines) <= 10:
            return 'quoted-printable', sample_qp
        else:
            cte = 'quoted-printable'
    encoders = {
        '7bit': lambda: plain.decode('ascii'),
        '8bit': lambda: plain.decode('ascii', 'surrogateescape'),
        'quoted-printable': lambda: quoprimime.body_encode(plain.decode('latin-1'),
                                                           policy.max_line_length),
        'base64': lambda: _encode_base64(b''.join(line + sep for line in lines),
                                         policy.max_line_length),
    }
    if cte not in encoders:
        raise ValueError(f'Unknown content transfer encoding {cte}')
    return cte, encoders[cte]()


def set_text_content(msg, string, subtype='plain', charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None, headers=None):
    _prepare_set(msg, 'text', subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', {'ascii': 'us-ascii', 'latin_1': 'iso-8859-1'}.get(
        charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)


def set_message_content(msg, message, subtype='rfc822', cte=None, disposition=None,
                        filename=None, cid=None, params=None, headers=None):
    if subtype == 'partial':
        raise ValueError('message/partial is not supported for Message objects')
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError(f'message/rfc822 parts do not support cte={cte}')
        cte = '8bit' if cte is None else cte
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError(f'message/external-body parts do not support cte={cte}')
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None,
                      filename=None, cid=None, params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    if cte == 'base64':
        data = _encode_base64(data, max_line_length=msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False, quotetabs=True)
        data = data.decode('ascii')
    else:
        # 7bit must be ASCII; 8bit and binary keep other bytes as surrogates
        data = data.decode('ascii', 'strict' if cte == '7bit' else 'surrogateescape')
    msg.set_payload(data)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


for _typ in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_typ, set_bytes_content)


def _register_message_handler():
    from email.message import Message
    raw_data_manager.add_set_handler(Message, set_message_content)


_register_message_handler()
