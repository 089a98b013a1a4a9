"""codecs for pyseal: encode/decode by codec name, codec lookup, BOMs and codecs.open."""

import builtins as _builtins
import sys as _sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'encode', 'decode', 'getencoder', 'getdecoder', 'getincrementalencoder',
           'getincrementaldecoder', 'getreader', 'getwriter', 'iterencode', 'iterdecode',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter',
           'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
           'backslashreplace_errors', 'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# Canonical names, as CodecInfo.name gives them.
_CANONICAL = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso-ir-100': 'iso8859-1',
    'cp1252': 'cp1252', 'windows-1252': 'cp1252', '1252': 'cp1252',
    'utf-16': 'utf-16', 'utf16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le',
    'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'utf-32': 'utf-32', 'utf32': 'utf-32',
    'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le', 'utf-32-be': 'utf-32-be',
    'utf-32be': 'utf-32-be',
    'utf-7': 'utf-7', 'utf7': 'utf-7', 'u7': 'utf-7', 'unicode-1-1-utf-7': 'utf-7',
    'idna': 'idna', 'punycode': 'punycode',
    'unicode-escape': 'unicode-escape', 'raw-unicode-escape': 'raw-unicode-escape',
    'hex': 'hex', 'hex-codec': 'hex', 'base64': 'base64', 'base64-codec': 'base64',
    'base-64': 'base64', 'rot-13': 'rot-13', 'rot13': 'rot-13',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib-codec': 'zlib',
}

_search_functions = []
_error_handlers = {}


def _normalize(encoding):
    return encoding.strip().lower().replace('_', '-').replace(' ', '-')


class CodecInfo(tuple):
    """(encoder, decoder, reader, writer) with the codec's name and incremental coders."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name, info.encode, info.decode = name, encode, decode
        info.streamreader, info.streamwriter = streamreader, streamwriter
        info.incrementalencoder, info.incrementaldecoder = incrementalencoder, incrementaldecoder
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} object for '
                f'encoding {self.name} at {id(self):#x}>')


def _stream_attr(wrapper, name):
    return getattr(wrapper.stream, name)


def _enter_self(wrapper):
    return wrapper


def _close_stream(wrapper, *exc_info):
    wrapper.stream.close()


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class StreamWriter(Codec):
    """Writes text to a byte stream through the codec's encode."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    # Anything else is the stream's; `with` closes the stream.
    __getattr__, __enter__, __exit__ = _stream_attr, _enter_self, _close_stream


class StreamReader(Codec):
    """Reads text from a byte stream through the codec's decode (whole stream, then lines)."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''
        self._eof = False

    def _fill(self):
        if not self._eof:
            data = self.bytebuffer + self.stream.read()
            self.bytebuffer = b''
            self._eof = True
            text, _ = self.decode(data, self.errors)
            self.charbuffer += text

    def read(self, size=-1, chars=-1, firstline=False):
        self._fill()
        n = chars if chars >= 0 else size
        if n < 0:
            text, self.charbuffer = self.charbuffer, ''
        else:
            text, self.charbuffer = self.charbuffer[:n], self.charbuffer[n:]
        return text

    def readline(self, size=None, keepends=True):
        self._fill()
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return ''
        line = lines[0]
        if size is not None and size >= 0:
            line = line[:size]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines()[0] if line.splitlines() else ''

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''
        self._eof = False

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Anything else is the stream's; `with` closes the stream.
    __getattr__, __enter__, __exit__ = _stream_attr, _enter_self, _close_stream


class StreamReaderWriter:
    """A reader and a writer over one stream (what codecs.EncodedFile-style wrappers use)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    # Writing goes to the writer, reading to the reader.
    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    # Anything else is the stream's; `with` closes the stream.
    __getattr__, __enter__, __exit__ = _stream_attr, _enter_self, _close_stream


# Codecs whose output opens with a byte-order mark or signature, and what follows it.
_AFTER_BOM = {'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf-8-sig': 'utf-8'}
_BOM_SIZE = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}


def _read_bom(codec, data):
    """The fixed-order codec the start of data selects, and the length of its mark."""
    if codec == 'utf-8-sig':
        return 'utf-8', 3 if data.startswith(b'\xef\xbb\xbf') else 0
    if codec == 'utf-16':
        if data.startswith(b'\xfe\xff'):
            return 'utf-16-be', 2
        return 'utf-16-le', 2 if data.startswith(b'\xff\xfe') else 0
    if data.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32-be', 4
    return 'utf-32-le', 4 if data.startswith(b'\xff\xfe\x00\x00') else 0


def _complete_prefix(codec, data):
    """The length of data's prefix that holds no incomplete character at its end."""
    cut = len(data)
    if codec == 'utf-8':
        back = 0
        while back < min(3, len(data)) and (data[-1 - back] & 0xC0) == 0x80:
            back += 1
        if back < len(data):
            lead = data[-1 - back]
            need = 2 if lead >= 0xC0 else 1
            need = 3 if lead >= 0xE0 else need
            need = 4 if lead >= 0xF0 else need
            if lead >= 0xC0 and back + 1 < need:
                cut = len(data) - back - 1
    elif codec in ('utf-16-le', 'utf-16-be'):
        cut -= cut % 2
        if cut >= 2:
            high = data[cut - 1] if codec == 'utf-16-le' else data[cut - 2]
            if 0xD8 <= high <= 0xDB:
                cut -= 2
    elif codec in ('utf-32-le', 'utf-32-be'):
        cut -= cut % 4
    return cut


def _text_codec(name):
    def enc(text, errors='strict'):
        return text.encode(name, errors), len(text)

    def dec(data, errors='strict'):
        return bytes(data).decode(name, errors), len(data)

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._codec = name

        def encode(self, input, final=False):
            out = input.encode(self._codec, self.errors)
            # The byte-order mark or signature goes out with the first piece only.
            self._codec = _AFTER_BOM.get(self._codec, self._codec)
            return out

        def reset(self):
            self._codec = name

    class _Decoder(IncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._pending = b''
            self._codec = name

        def decode(self, input, final=False):
            data = self._pending + bytes(input)
            codec = self._codec
            if codec in _BOM_SIZE:
                # Wait for enough bytes to tell whether a byte-order mark or signature opens
                # the data; then the order is fixed for the rest of the stream.
                if len(data) < _BOM_SIZE[codec] and not final:
                    self._pending = data
                    return ''
                codec, skip = _read_bom(codec, data)
                data = data[skip:]
                self._codec = codec
            cut = len(data)
            if not final:
                cut = _complete_prefix(codec, data)
            self._pending = data[cut:]
            return data[:cut].decode(codec, self.errors)

        def reset(self):
            self._pending = b''
            self._codec = name

        if name not in _BOM_SIZE:
            # The state is the bytes held back for an incomplete character (the flag is 0).
            def getstate(self):
                return self._pending, 0

            def setstate(self, state):
                self._pending = bytes(state[0])

    class _Writer(StreamWriter):
        encode = staticmethod(enc)

    class _Reader(StreamReader):
        decode = staticmethod(dec)

    # Named as the classes of CPython's encodings modules are.
    for cls, public in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                        (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = public

    return CodecInfo(enc, dec, streamreader=_Reader, streamwriter=_Writer,
                     incrementalencoder=_Encoder, incrementaldecoder=_Decoder, name=name)


def _bytes_codec(name, encoder, decoder):
    def enc(data, errors='strict'):
        return encoder(data), len(data)

    def dec(data, errors='strict'):
        return decoder(data), len(data)

    return CodecInfo(enc, dec, name=name, _is_text_encoding=False)


def _rot13(text):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


# Generated by src/text/gen_charmaps.py --python; the names of the code pages in
# src/text/charmap_tables.rs, by normalized alias, as CodecInfo.name gives them.
_CODE_PAGE_NAMES = {
    'cp437': 'cp437', '437': 'cp437', 'cspc8codepage437': 'cp437', 'ibm437': 'cp437',
    'cp737': 'cp737', 'cp775': 'cp775', '775': 'cp775', 'cspc775baltic': 'cp775',
    'ibm775': 'cp775', 'cp850': 'cp850', '850': 'cp850', 'cspc850multilingual': 'cp850',
    'ibm850': 'cp850', 'cp852': 'cp852', '852': 'cp852', 'cspcp852': 'cp852', 'ibm852': 'cp852',
    'cp855': 'cp855', '855': 'cp855', 'csibm855': 'cp855', 'ibm855': 'cp855', 'cp857': 'cp857',
    '857': 'cp857', 'csibm857': 'cp857', 'ibm857': 'cp857', 'cp858': 'cp858', '858': 'cp858',
    'csibm858': 'cp858', 'ibm858': 'cp858', 'cp860': 'cp860', '860': 'cp860', 'csibm860': 'cp860',
    'ibm860': 'cp860', 'cp861': 'cp861', '861': 'cp861', 'cp_is': 'cp861', 'csibm861': 'cp861',
    'ibm861': 'cp861', 'cp862': 'cp862', '862': 'cp862', 'cspc862latinhebrew': 'cp862',
    'ibm862': 'cp862', 'cp863': 'cp863', '863': 'cp863', 'csibm863': 'cp863', 'ibm863': 'cp863',
    'cp865': 'cp865', '865': 'cp865', 'csibm865': 'cp865', 'ibm865': 'cp865', 'cp866': 'cp866',
    '866': 'cp866', 'csibm866': 'cp866', 'ibm866': 'cp866', 'cp869': 'cp869', '869': 'cp869',
    'cp_gr': 'cp869', 'csibm869': 'cp869', 'ibm869': 'cp869', 'cp874': 'cp874', 'cp1250': 'cp1250',
    '1250': 'cp1250', 'windows_1250': 'cp1250', 'cp1251': 'cp1251', '1251': 'cp1251',
    'windows_1251': 'cp1251', 'cp1253': 'cp1253', '1253': 'cp1253', 'windows_1253': 'cp1253',
    'cp1254': 'cp1254', '1254': 'cp1254', 'windows_1254': 'cp1254', 'cp1255': 'cp1255',
    '1255': 'cp1255', 'windows_1255': 'cp1255', 'cp1256': 'cp1256', '1256': 'cp1256',
    'windows_1256': 'cp1256', 'cp1257': 'cp1257', '1257': 'cp1257', 'windows_1257': 'cp1257',
    'cp1258': 'cp1258', '1258': 'cp1258', 'windows_1258': 'cp1258', 'iso8859_2': 'iso8859-2',
    'csisolatin2': 'iso8859-2', 'iso_8859_2': 'iso8859-2', 'iso_8859_2_1987': 'iso8859-2',
    'iso_ir_101': 'iso8859-2', 'l2': 'iso8859-2', 'latin2': 'iso8859-2', 'iso8859_3': 'iso8859-3',
    'csisolatin3': 'iso8859-3', 'iso_8859_3': 'iso8859-3', 'iso_8859_3_1988': 'iso8859-3',
    'iso_ir_109': 'iso8859-3', 'l3': 'iso8859-3', 'latin3': 'iso8859-3', 'iso8859_4': 'iso8859-4',
    'csisolatin4': 'iso8859-4', 'iso_8859_4': 'iso8859-4', 'iso_8859_4_1988': 'iso8859-4',
    'iso_ir_110': 'iso8859-4', 'l4': 'iso8859-4', 'latin4': 'iso8859-4', 'iso8859_5': 'iso8859-5',
    'csisolatincyrillic': 'iso8859-5', 'cyrillic': 'iso8859-5', 'iso_8859_5': 'iso8859-5',
    'iso_8859_5_1988': 'iso8859-5', 'iso_ir_144': 'iso8859-5', 'iso8859_6': 'iso8859-6',
    'arabic': 'iso8859-6', 'asmo_708': 'iso8859-6', 'csisolatinarabic': 'iso8859-6',
    'ecma_114': 'iso8859-6', 'iso_8859_6': 'iso8859-6', 'iso_8859_6_1987': 'iso8859-6',
    'iso_ir_127': 'iso8859-6', 'iso8859_7': 'iso8859-7', 'csisolatingreek': 'iso8859-7',
    'ecma_118': 'iso8859-7', 'elot_928': 'iso8859-7', 'greek': 'iso8859-7', 'greek8': 'iso8859-7',
    'iso_8859_7': 'iso8859-7', 'iso_8859_7_1987': 'iso8859-7', 'iso_ir_126': 'iso8859-7',
    'iso8859_8': 'iso8859-8', 'csisolatinhebrew': 'iso8859-8', 'hebrew': 'iso8859-8',
    'iso_8859_8': 'iso8859-8', 'iso_8859_8_1988': 'iso8859-8', 'iso_ir_138': 'iso8859-8',
    'iso8859_9': 'iso8859-9', 'csisolatin5': 'iso8859-9', 'iso_8859_9': 'iso8859-9',
    'iso_8859_9_1989': 'iso8859-9', 'iso_ir_148': 'iso8859-9', 'l5': 'iso8859-9',
    'latin5': 'iso8859-9', 'iso8859_10': 'iso8859-10', 'csisolatin6': 'iso8859-10',
    'iso_8859_10': 'iso8859-10', 'iso_8859_10_1992': 'iso8859-10', 'iso_ir_157': 'iso8859-10',
    'l6': 'iso8859-10', 'latin6': 'iso8859-10', 'iso8859_11': 'iso8859-11',
    'iso_8859_11': 'iso8859-11', 'iso_8859_11_2001': 'iso8859-11', 'thai': 'iso8859-11',
    'iso8859_13': 'iso8859-13', 'iso_8859_13': 'iso8859-13', 'l7': 'iso8859-13',
    'latin7': 'iso8859-13', 'iso8859_14': 'iso8859-14', 'iso_8859_14': 'iso8859-14',
    'iso_8859_14_1998': 'iso8859-14', 'iso_celtic': 'iso8859-14', 'iso_ir_199': 'iso8859-14',
    'l8': 'iso8859-14', 'latin8': 'iso8859-14', 'iso8859_15': 'iso8859-15',
    'iso_8859_15': 'iso8859-15', 'l9': 'iso8859-15', 'latin9': 'iso8859-15',
    'iso8859_16': 'iso8859-16', 'iso_8859_16': 'iso8859-16', 'iso_8859_16_2001': 'iso8859-16',
    'iso_ir_226': 'iso8859-16', 'l10': 'iso8859-16', 'latin10': 'iso8859-16', 'koi8_r': 'koi8-r',
    'cskoi8r': 'koi8-r', 'koi8_u': 'koi8-u', 'mac_roman': 'mac-roman', 'macintosh': 'mac-roman',
    'macroman': 'mac-roman', 'mac_cyrillic': 'mac-cyrillic', 'maccyrillic': 'mac-cyrillic',
    'mac_greek': 'mac-greek', 'macgreek': 'mac-greek', 'mac_latin2': 'mac-latin2',
    'mac_centeuro': 'mac-latin2', 'maccentraleurope': 'mac-latin2', 'maclatin2': 'mac-latin2',
    'mac_iceland': 'mac-iceland', 'maciceland': 'mac-iceland', 'mac_turkish': 'mac-turkish',
    'macturkish': 'mac-turkish', 'tis_620': 'tis-620', 'iso_ir_166': 'tis-620',
    'tis620': 'tis-620', 'tis_620_0': 'tis-620', 'tis_620_2529_0': 'tis-620',
    'tis_620_2529_1': 'tis-620', 'ptcp154': 'ptcp154', 'cp154': 'ptcp154', 'csptcp154': 'ptcp154',
    'cyrillic_asian': 'ptcp154', 'pt154': 'ptcp154', 'kz1048': 'kz1048', 'kz_1048': 'kz1048',
    'rk1048': 'kz1048', 'strk1048_2002': 'kz1048', 'hp_roman8': 'hp-roman8', 'cp1051': 'hp-roman8',
    'csHPRoman8': 'hp-roman8', 'ibm1051': 'hp-roman8', 'r8': 'hp-roman8', 'roman8': 'hp-roman8',
}


def _code_page_name(encoding):
    """The name of a single-byte code page (cp437, koi8-r, iso8859-15, ...), or None."""
    parts = ''.join(c if c.isalnum() or c == '.' else ' ' for c in encoding.lower()).split()
    norm = '_'.join(parts)
    return _CODE_PAGE_NAMES.get(norm) or _CODE_PAGE_NAMES.get(norm.replace('.', '_'))


def lookup(encoding):
    """The CodecInfo of a codec name."""
    norm = _normalize(encoding)
    for search in _search_functions:
        result = search(norm.replace('-', '_'))
        if result is not None:
            return result
    name = _CANONICAL.get(norm)
    if name is None:
        name = _code_page_name(encoding)
    if name is None:
        raise LookupError(f'unknown encoding: {encoding}')
    if name == 'hex':
        import binascii
        return _bytes_codec('hex', binascii.b2a_hex, binascii.a2b_hex)
    if name == 'base64':
        import base64
        return _bytes_codec('base64', base64.encodebytes, base64.decodebytes)
    if name == 'zlib':
        import zlib
        return _bytes_codec('zlib', zlib.compress, zlib.decompress)
    if name == 'punycode':
        return CodecInfo(lambda s, errors='strict': (_punycode_encode(s), len(s)),
                         lambda b, errors='strict': (_punycode_decode(b, errors), len(b)),
                         name='punycode')
    if name == 'idna':
        return CodecInfo(_idna_encode, _idna_decode, name='idna')
    if name == 'rot-13':
        return CodecInfo(lambda s, errors='strict': (_rot13(s), len(s)),
                         lambda s, errors='strict': (_rot13(s), len(s)), name='rot-13',
                         _is_text_encoding=False)
    return _text_codec(name)


# Exception types whose constructor is BaseException's own: an error of one of these (or of a
# subclass adding no constructor) raised by a codec is re-raised naming the codec, as CPython
# does; the others (UnicodeEncodeError, OSError, ...) carry more state and pass unchanged.
_PLAIN_ERRORS = frozenset([
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    FloatingPointError, AssertionError, BufferError, EOFError, LookupError, IndexError, KeyError,
    MemoryError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, TypeError,
    ValueError, UnicodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
    GeneratorExit, KeyboardInterrupt, StopAsyncIteration,
])


def _is_plain_error(exc):
    if getattr(exc, '__dict__', None):
        return False
    for cls in type(exc).__mro__:
        if cls in _PLAIN_ERRORS:
            return True
        if cls.__module__ == 'builtins' or '__init__' in vars(cls) or '__new__' in vars(cls):
            return False
    return False


def _call_codec(func, obj, errors, operation, encoding):
    """func(obj, errors)[0]; a plain error it raises comes back naming the codec."""
    try:
        result = func(obj, errors)
    except Exception as exc:
        if not _is_plain_error(exc):
            raise
        cls = type(exc)
        raise cls(f"{operation} with {encoding!r} codec failed ({cls.__name__}: {exc})") from exc
    if not isinstance(result, tuple) or len(result) != 2:
        kind = 'encoder' if operation == 'encoding' else 'decoder'
        raise TypeError(f'{kind} must return a tuple (object, integer)')
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec (any codec, text or bytes-to-bytes)."""
    return _call_codec(lookup(encoding).encode, obj, errors, 'encoding', encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    return _call_codec(lookup(encoding).decode, obj, errors, 'decoding', encoding)


def _encode_text(text, encoding, errors):
    """str.encode through a codec pyseal does not build in (idna, punycode, registered)."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"{encoding!r} is not a text encoding; "
                          "use codecs.encode() to handle arbitrary codecs")
    result = _call_codec(info.encode, text, errors, 'encoding', encoding)
    if isinstance(result, bytearray):
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError(f"{encoding!r} encoder returned {type(result).__name__!r} instead of "
                        "'bytes'; use codecs.encode() to encode to arbitrary types")
    return result


def _decode_text(data, encoding, errors):
    """bytes.decode through a codec pyseal does not build in."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"{encoding!r} is not a text encoding; "
                          "use codecs.decode() to handle arbitrary codecs")
    result = _call_codec(info.decode, memoryview(data), errors, 'decoding', encoding)
    if not isinstance(result, str):
        raise TypeError(f"{encoding!r} decoder returned {type(result).__name__!r} instead of "
                        "'str'; use codecs.decode() to decode to arbitrary types")
    return result


# ---- punycode (RFC 3492) and idna (RFC 3490) ------------------------------------------------

_PUNY_BASE, _PUNY_TMIN, _PUNY_TMAX, _PUNY_SKEW, _PUNY_DAMP = 36, 1, 26, 38, 700
_PUNY_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _puny_adapt(delta, count, first):
    delta = delta // _PUNY_DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_PUNY_BASE - _PUNY_TMIN) * _PUNY_TMAX) // 2:
        delta //= _PUNY_BASE - _PUNY_TMIN
        k += _PUNY_BASE
    return k + (_PUNY_BASE - _PUNY_TMIN + 1) * delta // (delta + _PUNY_SKEW)


def _puny_threshold(k, bias):
    return min(max(k - bias, _PUNY_TMIN), _PUNY_TMAX)


def _punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray(basic)
    if basic:
        out += b'-'
    n, delta, bias, handled = 0x80, 0, 72, len(basic)
    codes = [ord(c) for c in text]
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _PUNY_BASE
                while True:
                    t = _puny_threshold(k, bias)
                    if q < t:
                        break
                    out.append(_PUNY_DIGITS[t + (q - t) % (_PUNY_BASE - t)])
                    q = (q - t) // (_PUNY_BASE - t)
                    k += _PUNY_BASE
                out.append(_PUNY_DIGITS[q])
                bias = _puny_adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _punycode_decode(data, errors='strict'):
    if isinstance(data, str):
        data = data.encode('ascii')
    text = bytes(data).decode('ascii')
    cut = text.rfind('-')
    if cut == -1:
        out, extended = [], text.upper()
    else:
        out, extended = list(text[:cut]), text[cut + 1:].upper()
    n, i, bias, pos = 0x80, 0, 72, 0
    while pos < len(extended):
        old_i, w, k = i, 1, _PUNY_BASE
        while True:
            if pos >= len(extended):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return ''.join(out)
            c = ord(extended[pos])
            pos += 1
            if 0x41 <= c <= 0x5A:
                digit = c - 0x41
            elif 0x30 <= c <= 0x39:
                digit = c - 22
            elif errors == 'strict':
                raise UnicodeError(f'Invalid extended code point \'{extended[pos - 1]}\'')
            else:
                return ''.join(out)
            i += digit * w
            t = _puny_threshold(k, bias)
            if digit < t:
                break
            w *= _PUNY_BASE - t
            k += _PUNY_BASE
        bias = _puny_adapt(i - old_i, len(out) + 1, old_i == 0)
        n += i // (len(out) + 1)
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError(f'Invalid character U+{n:x}')
            n = ord('?')
        i %= len(out) + 1
        out.insert(i, chr(n))
        i += 1
    return ''.join(out)


# Characters nameprep deletes (RFC 3454 table B.1) and the dots IDNA splits labels at.
_NAMEPREP_DELETED = frozenset('\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d'
                              '\u2060\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07'
                              '\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff')
_IDNA_DOTS = ('\u3002', '\uff0e', '\uff61')


def _nameprep(label):
    import unicodedata
    mapped = ''.join(c for c in label if c not in _NAMEPREP_DELETED)
    mapped = unicodedata.normalize('NFKC', mapped.casefold())
    return unicodedata.normalize('NFKC', mapped)


def _idna_to_ascii(label):
    if all(ord(c) < 0x80 for c in label):
        data = label.encode('ascii')
        if 0 < len(data) < 64:
            return data
        raise UnicodeError('label empty or too long')
    label = _nameprep(label)
    if all(ord(c) < 0x80 for c in label):
        data = label.encode('ascii')
        if 0 < len(data) < 64:
            return data
        raise UnicodeError('label empty or too long')
    if label.startswith('xn--'):
        raise UnicodeError('Label starts with ACE prefix')
    data = b'xn--' + _punycode_encode(label)
    if 0 < len(data) < 64:
        return data
    raise UnicodeError('label empty or too long')


def _idna_to_unicode(label):
    if isinstance(label, bytes):
        text = label.decode('ascii')
    elif all(ord(c) < 0x80 for c in label):
        text = label
    else:
        text = _nameprep(label)
    if not text.startswith('xn--'):
        return text
    result = text[4:].encode('ascii').decode('punycode')
    if _idna_to_ascii(result).decode('ascii').lower() != text.lower():
        raise UnicodeError('IDNA does not round-trip', text, result)
    return result


def _idna_encode(text, errors='strict'):
    if errors != 'strict':
        raise UnicodeError(f'unsupported error handling {errors}')
    if not text:
        return b'', 0
    for dot in _IDNA_DOTS:
        text = text.replace(dot, '.')
    labels = text.split('.')
    trailing = b''
    if labels and not labels[-1]:
        trailing = b'.'
        del labels[-1]
    return b'.'.join(_idna_to_ascii(label) for label in labels) + trailing, len(text)


def _idna_decode(data, errors='strict'):
    if errors != 'strict':
        raise UnicodeError(f'Unsupported error handling {errors}')
    if not data:
        return '', 0
    if not isinstance(data, str):
        data = bytes(data)
        if all(b < 0x80 for b in data) and b'xn--' not in data.lower():
            return data.decode('ascii'), len(data)
        data = data.decode('ascii')
    for dot in _IDNA_DOTS:
        data = data.replace(dot, '.')
    labels = data.split('.')
    trailing = ''
    if labels and not labels[-1]:
        trailing = '.'
        del labels[-1]
    return '.'.join(_idna_to_unicode(label) for label in labels) + trailing, len(data)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        output = encoder.encode(text)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        output = decoder.decode(data)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """open() with an encoding: the file is opened in binary mode and wrapped in a
    StreamReaderWriter of the codec (so no newline translation happens)."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode += 'b'
    raw = _builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(raw, info.streamreader, info.streamwriter, errors)
    except BaseException:
        raw.close()
        raise
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('pyseal: codecs.EncodedFile is not available')


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
                'xmlcharrefreplace': xmlcharrefreplace_errors,
                'backslashreplace': backslashreplace_errors,
                'namereplace': namereplace_errors,
                'surrogateescape': _surrogateescape, 'surrogatepass': _surrogatepass}
    if name in handlers:
        return handlers[name]
    raise LookupError(f'unknown error handler name {name!r}')


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc):
    text = exc.object[exc.start:exc.end]
    return (''.join(f'&#{ord(c)};' for c in text), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        return (''.join(f'\\x{b:02x}' for b in part), exc.end)
    text = exc.object[exc.start:exc.end]
    return (text.encode('unicode_escape').decode('ascii'), exc.end)


def namereplace_errors(exc):
    return backslashreplace_errors(exc)


def _unhandled(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


# U+DC80..U+DCFF, the surrogates standing for the bytes 0x80..0xff (built on first use).
_byte_escapes = None


def _surrogateescape(exc):
    global _byte_escapes
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end][:4]
        n = 0
        while n < len(part) and part[n] >= 0x80:
            n += 1
        if not n:
            raise exc
        return (bytes(part[:n]).decode('ascii', 'surrogateescape'), exc.start + n)
    if isinstance(exc, UnicodeEncodeError):
        if _byte_escapes is None:
            _byte_escapes = bytes(range(0x80, 0x100)).decode('ascii', 'surrogateescape')
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            k = _byte_escapes.find(c)
            if k < 0:
                raise exc
            out.append(0x80 + k)
        return (bytes(out), exc.end)
    raise _unhandled(exc)


_surrogateescape.__name__ = _surrogateescape.__qualname__ = 'surrogateescape'

# The UTF codecs surrogatepass works with, each with its byte order and code unit size.
_UTF_UNITS = {'utf-8': ('utf-8', 3), 'utf8': ('utf-8', 3),
              'utf-16': ('utf-16-le', 2), 'utf-16-le': ('utf-16-le', 2),
              'utf-16-be': ('utf-16-be', 2), 'utf-32': ('utf-32-le', 4),
              'utf-32-le': ('utf-32-le', 4), 'utf-32-be': ('utf-32-be', 4)}


def _surrogatepass(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _unhandled(exc)
    codec = _UTF_UNITS.get(exc.encoding.lower().replace('_', '-'))
    if codec is None:
        raise exc
    fixed, size = codec
    if isinstance(exc, UnicodeEncodeError):
        try:
            return (exc.object[exc.start:exc.end].encode(fixed, 'surrogatepass'), exc.end)
        except UnicodeError:
            raise exc from None
    unit = bytes(exc.object[exc.start:exc.start + size])
    try:
        c = unit.decode(fixed, 'surrogatepass')
        c.encode(fixed)
    except UnicodeEncodeError:
        return (c, exc.start + size)
    except UnicodeError:
        pass
    raise exc


_surrogatepass.__name__ = _surrogatepass.__qualname__ = 'surrogatepass'


def escape_decode(data, errors=None):
    """Decodes backslash escapes in bytes (as a bytes literal would): (bytes, consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12,
              ord('v'): 11, ord('\\'): 92, ord("'"): 39, ord('"'): 34}
    while i < len(data):
        b = data[i]
        if b != 92 or i + 1 >= len(data):
            if b == 92:
                raise ValueError('Trailing \\ in string')
            out.append(b)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == 10:
            i += 2
        elif 48 <= e <= 55:
            j = i + 1
            n = 0
            while j < len(data) and j < i + 4 and 48 <= data[j] <= 55:
                n = n * 8 + data[j] - 48
                j += 1
            out.append(n & 0xff)
            i = j
        elif e == ord('x'):
            digits = data[i + 2:i + 4]
            try:
                out.append(int(digits, 16))
                if len(digits) < 2:
                    raise ValueError
            except ValueError:
                raise ValueError(f'invalid \\x escape at position {i}') from None
            i += 4
        else:
            out.append(92)
            i += 1
    return bytes(out), len(data)


def escape_encode(data, errors=None):
    text = repr(bytes(data))[2:-1].replace("\\'", "'")
    return text.encode('latin-1'), len(data)


def utf_8_encode(text, errors=None):
    return text.encode('utf-8', errors or 'strict'), len(text)


def _utf8_complete(data):
    """How much of data ends on a whole UTF-8 sequence (an incomplete tail waits)."""
    back = 0
    while back < min(3, len(data)) and (data[-1 - back] & 0xC0) == 0x80:
        back += 1
    if back < len(data):
        lead = data[-1 - back]
        need = 4 if lead >= 0xF0 else 3 if lead >= 0xE0 else 2 if lead >= 0xC0 else 1
        if lead >= 0xC0 and back + 1 < need:
            return len(data) - back - 1
    return len(data)


def _wide_complete(width, big=None):
    """Whole code units of UTF-16/32 (big: byte order, None: from the BOM, else little)."""
    def complete(data):
        cut = len(data) - len(data) % width
        # A UTF-16 high surrogate waits for its low half.
        if width == 2 and cut >= 2:
            be = data[:2] == b'\xfe\xff' if big is None else big
            high = data[cut - 2] if be else data[cut - 1]
            if high & 0xFC == 0xD8:
                cut -= 2
        return cut
    return complete


def _decoder(name, complete=None):
    """codecs.<name>_decode(data, errors=None, final=False): (text, bytes consumed)."""
    def decode(data, errors=None, final=False):
        data = bytes(data)
        cut = len(data) if final or complete is None else complete(data)
        return data[:cut].decode(name, errors or 'strict'), cut
    decode.__name__ = name.replace('-', '_') + '_decode'
    return decode


def _encoder(name):
    def encode(text, errors=None):
        return text.encode(name, errors or 'strict'), len(text)
    encode.__name__ = name.replace('-', '_') + '_encode'
    return encode


utf_8_decode = _decoder('utf-8', _utf8_complete)
utf_7_encode = _encoder('utf-7')
utf_7_decode = _decoder('utf-7')
utf_16_encode = _encoder('utf-16')
utf_16_decode = _decoder('utf-16', _wide_complete(2))
utf_16_le_encode = _encoder('utf-16-le')
utf_16_le_decode = _decoder('utf-16-le', _wide_complete(2, False))
utf_16_be_encode = _encoder('utf-16-be')
utf_16_be_decode = _decoder('utf-16-be', _wide_complete(2, True))
utf_32_encode = _encoder('utf-32')
utf_32_decode = _decoder('utf-32', _wide_complete(4, None))
utf_32_le_encode = _encoder('utf-32-le')
utf_32_le_decode = _decoder('utf-32-le', _wide_complete(4, False))
utf_32_be_encode = _encoder('utf-32-be')
utf_32_be_decode = _decoder('utf-32-be', _wide_complete(4, True))
unicode_escape_encode = _encoder('unicode-escape')
unicode_escape_decode = _decoder('unicode-escape')
raw_unicode_escape_encode = _encoder('raw-unicode-escape')
raw_unicode_escape_decode = _decoder('raw-unicode-escape')


def latin_1_encode(text, errors=None):
    return text.encode('latin-1', errors or 'strict'), len(text)


def latin_1_decode(data, errors=None):
    return bytes(data).decode('latin-1', errors or 'strict'), len(data)


def ascii_encode(text, errors=None):
    return text.encode('ascii', errors or 'strict'), len(text)


def ascii_decode(data, errors=None):
    return bytes(data).decode('ascii', errors or 'strict'), len(data)


for _f in (encode, decode, escape_decode, escape_encode, lookup, register):
    _f.__module__ = '_codecs'
del _f
