"""email.mime.* for pyseal: MIME message classes built with their headers in place.

Each email.mime submodule (base, nonmultipart, multipart, text, application, image, audio,
message) re-exports its class from here.
"""

from email import encoders
from email import message
from email.errors import MultipartConversionError

__all__ = ['MIMEBase', 'MIMENonMultipart', 'MIMEMultipart', 'MIMEText', 'MIMEApplication',
           'MIMEImage', 'MIMEAudio', 'MIMEMessage']


class MIMEBase(message.Message):
    """A MIME message: Content-Type (with parameters) and MIME-Version set."""

    __module__ = 'email.mime.base'

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            from email.policy import compat32
            policy = compat32
        message.Message.__init__(self, policy=policy)
        ctype = f'{_maintype}/{_subtype}'
        self.add_header('Content-Type', ctype, **_params)
        self['MIME-Version'] = '1.0'



class MIMENonMultipart(MIMEBase):
    """A MIME message that cannot have parts."""

    __module__ = 'email.mime.nonmultipart'

    def attach(self, payload):
        raise MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')



class MIMEMultipart(MIMEBase):
    """A multipart/* message (mixed unless told otherwise)."""

    __module__ = 'email.mime.multipart'

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None,
                 **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy, **_params)
        self._payload = []
        if _subparts:
            for part in _subparts:
                self.attach(part)
        if boundary:
            self.set_boundary(boundary)



class MIMEText(MIMENonMultipart):
    """A text/* message; the charset is us-ascii when the text allows, else utf-8."""

    __module__ = 'email.mime.text'

    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        if _charset is None:
            try:
                _text.encode('us-ascii')
                _charset = 'us-ascii'
            except UnicodeEncodeError:
                _charset = 'utf-8'
        MIMENonMultipart.__init__(self, 'text', _subtype, policy=policy,
                                  **{'charset': str(_charset)})
        self.set_payload(_text, _charset)



class MIMEApplication(MIMENonMultipart):
    """An application/* message; the data is base64-encoded unless told otherwise."""

    __module__ = 'email.mime.application'

    def __init__(self, _data, _subtype='octet-stream', _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        MIMENonMultipart.__init__(self, 'application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)



def _image_kind(data):
    if data[:8] == b'\x89PNG\r\n\x1a\n':
        return 'png'
    if data[:3] == b'\xff\xd8\xff' or data[6:10] in (b'JFIF', b'Exif'):
        return 'jpeg'
    if data[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'
    if data[:2] in (b'MM', b'II'):
        return 'tiff'
    if data[:2] == b'BM':
        return 'bmp'
    if data[:4] == b'RIFF' and data[8:12] == b'WEBP':
        return 'webp'
    return None


class MIMEImage(MIMENonMultipart):
    """An image/* message; the subtype is guessed from the data when not given."""

    __module__ = 'email.mime.image'

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        _subtype = _subtype or _image_kind(_imagedata)
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)



class MIMEAudio(MIMENonMultipart):
    """An audio/* message (the subtype must be given)."""

    __module__ = 'email.mime.audio'

    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)



class MIMEMessage(MIMENonMultipart):
    """A message/rfc822 message wrapping another message."""

    __module__ = 'email.mime.message'

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        MIMENonMultipart.__init__(self, 'message', _subtype, policy=policy)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')

