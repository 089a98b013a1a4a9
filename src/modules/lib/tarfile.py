"""tarfile for pyseal: reading and writing tar archives (plain or gzip-compressed).

A member is a 512-byte header followed by its data padded to whole blocks; an archive ends
with two zero blocks and is padded to a whole record. Headers are written in the ustar,
GNU or pax layout (pax by default: an extended header is prepended only when a value does
not fit the ustar fields), and read in all three. bz2 and xz compression are recognised but
not available here (CompressionError).
"""

import io
import os
import stat
import struct
import sys
import time
import copy as _copy

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT',
           'GNU_FORMAT', 'PAX_FORMAT', 'DEFAULT_FORMAT', 'open', 'fully_trusted_filter',
           'data_filter', 'tar_filter', 'FilterError', 'AbsoluteLinkError',
           'OutsideDestinationError', 'SpecialFileError', 'AbsolutePathError',
           'LinkOutsideDestinationError']

NUL = b'\0'
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'
POSIX_MAGIC = b'ustar\x0000'

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b'0'
AREGTYPE = b'\0'
LNKTYPE = b'1'
SYMTYPE = b'2'
CHRTYPE = b'3'
BLKTYPE = b'4'
DIRTYPE = b'5'
FIFOTYPE = b'6'
CONTTYPE = b'7'
GNUTYPE_LONGNAME = b'L'
GNUTYPE_LONGLINK = b'K'
GNUTYPE_SPARSE = b'S'
XHDTYPE = b'x'
XGLTYPE = b'g'
SOLARIS_XHDTYPE = b'X'

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ('path', 'linkpath', 'size', 'mtime', 'uid', 'gid', 'uname', 'gname')
PAX_NAME_FIELDS = {'path', 'linkpath', 'uname', 'gname'}
PAX_NUMBER_FIELDS = {'atime': float, 'ctime': float, 'mtime': float, 'uid': int, 'gid': int,
                     'size': int}

ENCODING = sys.getfilesystemencoding()


class TarError(Exception):
    """Base of the tarfile exceptions."""


class ExtractError(TarError):
    """A member could not be extracted (errorlevel 2)."""


class ReadError(TarError):
    """The data is not a readable tar archive."""


class CompressionError(TarError):
    """The compression method is unknown or not available."""


class StreamError(TarError):
    """The operation is not possible on this kind of archive."""


class HeaderError(TarError):
    """Base of the header errors."""


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class SubsequentHeaderError(HeaderError):
    pass


class FilterError(TarError):
    """A member refused by an extraction filter."""


class _RefusedMember(FilterError):
    """A filter's refusal: the member (and the path it would reach) go into the message."""

    _template = ''

    def __init__(self, tarinfo, path=None):
        self.tarinfo = tarinfo
        if path is not None:
            self._path = path
        super().__init__(self._template.format(name=repr(tarinfo.name), path=repr(path)))


class AbsolutePathError(_RefusedMember):
    _template = 'member {name} has an absolute path'


class OutsideDestinationError(_RefusedMember):
    _template = '{name} would be extracted to {path}, which is outside the destination'


class SpecialFileError(_RefusedMember):
    _template = '{name} is a special file'


class AbsoluteLinkError(_RefusedMember):
    _template = '{name} is a link to an absolute path'


class LinkOutsideDestinationError(_RefusedMember):
    _template = '{name} would link to {path}, which is outside the destination'


# --- header fields ---

def _text_field(value, length, encoding, errors):
    """A NUL-padded string field."""
    if value is None:
        raise ValueError('metadata cannot contain None')
    raw = value.encode(encoding, errors)[:length]
    return raw + NUL * (length - len(raw))


def _read_text(field, encoding, errors):
    end = field.find(NUL)
    if end >= 0:
        field = field[:end]
    return field.decode(encoding, errors)


def _number_field(value, digits, format):
    """An octal number field; GNU archives store values too large for it in base 256."""
    if value is None:
        raise ValueError('metadata cannot contain None')
    n = int(value)
    if 0 <= n < 8 ** (digits - 1):
        return b'%0*o' % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        marker = 0o200 if n >= 0 else 0o377
        n %= 256 ** (digits - 1)
        return bytes([marker]) + n.to_bytes(digits - 1, 'big')
    raise ValueError('overflow in number field')


def _read_number(field):
    if field[:1] in (b'\x80', b'\xff'):
        n = int.from_bytes(field[1:], 'big')
        if field[0] == 0xff:
            n -= 256 ** (len(field) - 1)
        return n
    text = _read_text(field, 'ascii', 'strict').strip()
    try:
        return int(text or '0', 8)
    except ValueError:
        raise InvalidHeaderError('invalid header') from None


def _checksums(block):
    """The checksum of a header block (its bytes summed with the checksum field read as
    spaces), unsigned and signed: old tar programs summed signed chars."""
    rest = block[:148] + block[156:]
    unsigned = 256 + sum(rest)
    signed = 256 + sum(b - 256 if b > 127 else b for b in rest)
    return unsigned, signed


def _padded(data):
    remainder = len(data) % BLOCKSIZE
    return data + NUL * (BLOCKSIZE - remainder) if remainder else data


def _blocks(size):
    return -(-size // BLOCKSIZE) * BLOCKSIZE


def _header_block(fields, format, encoding, errors):
    """One 512-byte header block from a dict of header values."""
    kind = fields.get('type', REGTYPE)
    if kind is None:
        raise ValueError('TarInfo.type must not be None')
    if kind in (CHRTYPE, BLKTYPE):
        devices = (_number_field(fields.get('devmajor', 0), 8, format) +
                   _number_field(fields.get('devminor', 0), 8, format))
    else:
        devices = NUL * 16
    block = b''.join([
        _text_field(fields.get('name', ''), 100, encoding, errors),
        _number_field(fields.get('mode', 0) & 0o7777, 8, format),
        _number_field(fields.get('uid', 0), 8, format),
        _number_field(fields.get('gid', 0), 8, format),
        _number_field(fields.get('size', 0), 12, format),
        _number_field(fields.get('mtime', 0), 12, format),
        b' ' * 8,
        kind,
        _text_field(fields.get('linkname', ''), 100, encoding, errors),
        fields.get('magic', POSIX_MAGIC),
        _text_field(fields.get('uname', ''), 32, encoding, errors),
        _text_field(fields.get('gname', ''), 32, encoding, errors),
        devices,
        _text_field(fields.get('prefix', ''), 155, encoding, errors),
    ])
    block = block + NUL * (BLOCKSIZE - len(block))
    checksum = b'%06o\0' % _checksums(block)[0]
    return block[:148] + checksum + block[155:]


def _pax_block(records, kind, encoding):
    """An extended header (kind x or g) carrying keyword=value records."""
    binary = False
    for value in records.values():
        try:
            value.encode('utf-8', 'strict')
        except UnicodeEncodeError:
            binary = True
            break
    body = [b'21 hdrcharset=BINARY\n'] if binary else []
    for keyword, value in records.items():
        key = keyword.encode('utf-8')
        raw = value.encode(encoding, 'surrogateescape') if binary else value.encode('utf-8')
        # each record starts with its own length in decimal, that length included
        size = len(key) + len(raw) + 3
        total = size + len(str(size))
        while len(str(total)) + size != total:
            total = size + len(str(total))
        body.append(b'%d %s=%s\n' % (total, key, raw))
    payload = b''.join(body)
    header = _header_block({'name': '././@PaxHeader', 'type': kind, 'size': len(payload),
                            'magic': POSIX_MAGIC}, USTAR_FORMAT, 'ascii', 'replace')
    return header + _padded(payload)


def _gnu_long_block(name, kind, encoding, errors):
    payload = name.encode(encoding, errors) + NUL
    header = _header_block({'name': '././@LongLink', 'type': kind, 'size': len(payload),
                            'magic': GNU_MAGIC}, USTAR_FORMAT, encoding, errors)
    return header + _padded(payload)


def _account_name(path, ident):
    """The name of user or group `ident` in /etc/passwd or /etc/group ('' if unknown)."""
    try:
        with io.open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(ident):
                    return fields[0]
    except OSError:
        pass
    return ''


_KEEP = object()


class TarInfo:
    """One archive member: its header values and where its data is."""

    __slots__ = ('name', 'mode', 'uid', 'gid', 'size', 'mtime', 'chksum', 'type',
                 'linkname', 'uname', 'gname', 'devmajor', 'devminor', 'offset',
                 'offset_data', 'pax_headers', 'sparse', 'tarfile', '_sparse_structs',
                 '_link_target')

    def __init__(self, name=''):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ''
        self.uname = ''
        self.gname = ''
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None
        self._sparse_structs = None
        self._link_target = None

    # the pax names of name and linkname
    path = property(lambda self: self.name, lambda self, value: setattr(self, 'name', value))
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, 'linkname', value))

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r} at {id(self):#x}>'

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP,
                gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True):
        """A copy with the given attributes changed."""
        result = _copy.deepcopy(self) if deep else _copy.copy(self)
        for attr, value in (('name', name), ('mtime', mtime), ('mode', mode),
                            ('linkname', linkname), ('uid', uid), ('gid', gid),
                            ('uname', uname), ('gname', gname)):
            if value is not _KEEP:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """The header values as a dict (a directory's name ends with '/')."""
        info = {'name': self.name, 'mode': None if self.mode is None else self.mode & 0o7777,
                'uid': self.uid, 'gid': self.gid, 'size': self.size, 'mtime': self.mtime,
                'chksum': self.chksum, 'type': self.type, 'linkname': self.linkname,
                'uname': self.uname, 'gname': self.gname, 'devmajor': self.devmajor,
                'devminor': self.devminor}
        if info['type'] == DIRTYPE and not info['name'].endswith('/'):
            info['name'] += '/'
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors='surrogateescape'):
        """The header blocks of this member in the given format."""
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError(f'{key} may not be None')
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError('invalid format')

    def create_ustar_header(self, info, encoding, errors):
        info['magic'] = POSIX_MAGIC
        if len(info['linkname'].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError('linkname is too long')
        if len(info['name'].encode(encoding, errors)) > LENGTH_NAME:
            info['prefix'], info['name'] = self._split_long_name(info['name'], encoding, errors)
        return _header_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info['magic'] = GNU_MAGIC
        out = b''
        if len(info['linkname'].encode(encoding, errors)) > LENGTH_LINK:
            out += _gnu_long_block(info['linkname'], GNUTYPE_LONGLINK, encoding, errors)
        if len(info['name'].encode(encoding, errors)) > LENGTH_NAME:
            out += _gnu_long_block(info['name'], GNUTYPE_LONGNAME, encoding, errors)
        return out + _header_block(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info['magic'] = POSIX_MAGIC
        records = dict(self.pax_headers)
        for field, keyword, length in (('name', 'path', LENGTH_NAME),
                                       ('linkname', 'linkpath', LENGTH_LINK),
                                       ('uname', 'uname', 32), ('gname', 'gname', 32)):
            if keyword in records:
                continue
            value = info[field]
            if not value.isascii() or len(value) > length:
                records[keyword] = value
        for field, digits in (('uid', 8), ('gid', 8), ('size', 12), ('mtime', 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            if 0 <= whole < 8 ** (digits - 1):
                if whole is value:
                    continue
                info[field] = whole
            else:
                info[field] = 0
            records.setdefault(field, str(value))
        out = _pax_block(records, XHDTYPE, encoding) if records else b''
        return out + _header_block(info, USTAR_FORMAT, 'ascii', 'replace')

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return _pax_block(pax_headers, XGLTYPE, 'utf-8')

    @staticmethod
    def _split_long_name(name, encoding, errors):
        parts = name.split('/')
        for i in range(1, len(parts)):
            prefix = '/'.join(parts[:i])
            rest = '/'.join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError('name is too long')

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if not buf:
            raise EmptyHeaderError('empty header')
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError('truncated header')
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError('end of file header')
        checksum = _read_number(buf[148:156])
        if checksum not in _checksums(buf):
            raise InvalidHeaderError('bad checksum')
        info = cls()
        info.name = _read_text(buf[0:100], encoding, errors)
        info.mode = _read_number(buf[100:108])
        info.uid = _read_number(buf[108:116])
        info.gid = _read_number(buf[116:124])
        info.size = _read_number(buf[124:136])
        info.mtime = _read_number(buf[136:148])
        info.chksum = checksum
        info.type = buf[156:157]
        info.linkname = _read_text(buf[157:257], encoding, errors)
        info.uname = _read_text(buf[265:297], encoding, errors)
        info.gname = _read_text(buf[297:329], encoding, errors)
        info.devmajor = _read_number(buf[329:337])
        info.devminor = _read_number(buf[337:345])
        prefix = _read_text(buf[345:500], encoding, errors)
        if info.type == AREGTYPE and info.name.endswith('/'):
            info.type = DIRTYPE
        if info.isdir():
            info.name = info.name.rstrip('/')
        if prefix and info.type not in GNU_TYPES and buf[257:265] == POSIX_MAGIC:
            info.name = prefix + '/' + info.name
        return info

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of an archive open for reading (None at its end)."""
        return tarfile._read_member()

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# --- extraction filters ---

def _filtered_changes(member, dest_path, for_data):
    changes = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target = os.path.join(dest_path, member.linkname)
            target = os.path.realpath(target)
            if os.path.commonpath([target, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target)
    return changes


def fully_trusted_filter(member, dest_path):
    """Extracts every member as it is."""
    return member


def tar_filter(member, dest_path):
    """Refuses absolute and escaping paths; drops setuid/setgid/sticky and group and other
    write permission."""
    changes = _filtered_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    """tar_filter, and also refuses special files and links that leave the destination,
    and drops ownership and executable bits not set for the owner."""
    changes = _filtered_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {'fully_trusted': fully_trusted_filter, 'tar': tar_filter,
                  'data': data_filter}


class ExFileObject(io.BytesIO):
    """The data of a member, readable as a binary file."""

    def __init__(self, tarfile, tarinfo):
        tarfile.fileobj.seek(tarinfo.offset_data)
        data = tarfile.fileobj.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise ReadError('unexpected end of data')
        super().__init__(data)
        self.name = tarinfo.name
        self.mode = 'rb'

    def readable(self):
        return True

    def writable(self):
        return False

    def write(self, data):
        raise io.UnsupportedOperation('write')


def _compression_of(head):
    if head.startswith(b'\x1f\x8b'):
        return 'gz'
    if head.startswith(b'BZh'):
        return 'bz2'
    if head.startswith((b'\xfd7zXZ\x00', b'\x5d\x00\x00\x80\x00')):
        return 'xz'
    return 'tar'


_MISSING_MODULE = {'bz2': 'bz2', 'xz': 'lzma'}
_NOT_THIS_KIND = {'bz2': 'not a bzip2 file', 'xz': 'not an lzma file'}


class TarFile:
    """A tar archive open for reading ('r'), appending ('a') or writing ('w', 'x')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode='r', fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors='surrogateescape',
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        if len(mode) > 1 or mode not in 'raw' + 'x' or not mode:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = {'r': 'rb', 'a': 'r+b', 'w': 'wb', 'x': 'xb'}[mode]
        if fileobj is None:
            if self.mode == 'a' and not os.path.exists(name):
                self.mode = 'w'
                self._mode = 'wb'
            fileobj = io.open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, 'name') and isinstance(fileobj.name,
                                                                        (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, 'mode'):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        # options left as None keep the class defaults
        for attr, value in (('format', format), ('tarinfo', tarinfo),
                            ('dereference', dereference), ('ignore_zeros', ignore_zeros),
                            ('encoding', encoding), ('debug', debug),
                            ('errorlevel', errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        use_pax = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if use_pax else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        self.firstmember = None
        try:
            if self.mode == 'r':
                self.firstmember = self.next()
            elif self.mode == 'a':
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        member = self._read_member()
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
                    if member is None:
                        self.fileobj.seek(self.offset)
                        break
                    self.members.append(member)
            if self.mode in 'aw' + 'x':
                self._loaded = True
                if self.pax_headers:
                    block = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(block)
                    self.offset += len(block)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # --- opening ---

    @classmethod
    def open(cls, name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive; mode is 'r', 'r:*', 'r:', 'r:gz', 'a', 'w', 'w:gz', 'x', ...
        ('|' instead of ':' for a stream)."""
        if not name and not fileobj:
            raise ValueError('nothing to open')
        if mode in ('r', 'r:*') or mode in ('r|*', 'r|'):
            return cls._open_detected(name, fileobj, **kwargs)
        if ':' in mode or '|' in mode:
            sep = ':' if ':' in mode else '|'
            filemode, kind = mode.split(sep, 1)
            filemode = filemode or 'r'
            kind = kind or 'tar'
            if filemode not in ('r', 'a', 'w', 'x') or (sep == '|' and filemode in 'ax'):
                raise ValueError('mode must be ' + ("'r', 'a', 'w' or 'x'" if sep == ':'
                                                   else "'r' or 'w'"))
            if kind not in ('tar', 'gz', 'bz2', 'xz'):
                raise CompressionError(f'unknown compression type {kind!r}')
            if sep == ':' and filemode == 'a' and kind != 'tar':
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            return cls._open_kind(kind, name, filemode, fileobj, kwargs)
        if mode in ('a', 'w', 'x'):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError('undiscernible mode')

    @classmethod
    def _open_detected(cls, name, fileobj, **kwargs):
        failures = []
        for kind in ('gz', 'bz2', 'xz', 'tar'):
            saved = fileobj.tell() if fileobj is not None else None
            try:
                return cls._open_kind(kind, name, 'r', fileobj, kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f'- method {kind}: {e!r}')
                if fileobj is not None:
                    fileobj.seek(saved)
        summary = '\n'.join(failures)
        raise ReadError(f'file could not be opened successfully:\n{summary}')

    @classmethod
    def _open_kind(cls, kind, name, mode, fileobj, kwargs):
        if kind == 'tar':
            return cls.taropen(name, mode, fileobj, **kwargs)
        if kind == 'gz':
            return cls.gzopen(name, mode, fileobj, **kwargs)
        if mode == 'r':
            source = fileobj
            if source is None:
                source = io.open(name, 'rb')
            try:
                saved = source.tell()
                head = source.read(6)
                source.seek(saved)
            finally:
                if fileobj is None:
                    source.close()
            if _compression_of(head) != kind:
                raise ReadError(_NOT_THIS_KIND[kind])
        raise CompressionError(f'{_MISSING_MODULE[kind]} module is not available')

    @classmethod
    def taropen(cls, name, mode='r', fileobj=None, **kwargs):
        if mode not in ('r', 'a', 'w', 'x'):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        try:
            fileobj = gzip.GzipFile(name, mode + 'b', compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError('not a gzip file') from e
            raise
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError('not a gzip file') from e
            raise
        except EOFError as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError('not a gzip file') from e
            raise
        except BaseException:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        return cls._open_kind('bz2', name, mode, fileobj, kwargs)

    @classmethod
    def xzopen(cls, name, mode='r', fileobj=None, preset=None, **kwargs):
        return cls._open_kind('xz', name, mode, fileobj, kwargs)

    OPEN_METH = {'tar': 'taropen', 'gz': 'gzopen', 'bz2': 'bz2open', 'xz': 'xzopen'}

    # --- reading ---

    def _check(self, modes=None):
        if self.closed:
            raise OSError(f'{self.__class__.__name__} is closed')
        if modes is not None and self.mode not in modes:
            raise OSError(f'bad operation for mode {self.mode!r}')

    def _read_block_at(self, offset, size):
        self.fileobj.seek(offset)
        data = self.fileobj.read(size)
        if len(data) != size:
            raise SubsequentHeaderError('unexpected end of data')
        return data

    def _read_member(self):
        """Reads the member at self.offset, following pax and GNU long-name headers.
        Returns it and moves self.offset past its data."""
        first = self.offset
        self.fileobj.seek(first)
        block = self.fileobj.read(BLOCKSIZE)
        info = self.tarinfo.frombuf(block, self.encoding, self.errors)
        info.offset = first
        pax = None
        long_name = long_link = None
        while info.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE, GNUTYPE_LONGNAME,
                            GNUTYPE_LONGLINK):
            payload = self._read_block_at(info.offset + BLOCKSIZE, info.size)
            following = info.offset + BLOCKSIZE + _blocks(info.size)
            if info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                text = _read_text(payload, self.encoding, self.errors)
                if info.type == GNUTYPE_LONGNAME:
                    long_name = text
                else:
                    long_link = text
            else:
                records = self._pax_records(payload)
                if info.type == XGLTYPE:
                    self.pax_headers.update(records)
                else:
                    pax = dict(pax or {})
                    pax.update(records)
            self.fileobj.seek(following)
            block = self.fileobj.read(BLOCKSIZE)
            try:
                info = self.tarinfo.frombuf(block, self.encoding, self.errors)
            except HeaderError as e:
                raise SubsequentHeaderError(str(e)) from None
            info.offset = following
        start = info.offset
        if long_name is not None:
            info.name = long_name.rstrip('/') if info.isdir() else long_name
        if long_link is not None:
            info.linkname = long_link
        headers = dict(self.pax_headers)
        if pax:
            headers.update(pax)
        if headers:
            self._apply_pax(info, headers)
            info.pax_headers = headers
        # offset is where the member's first header (maybe an extended one) starts
        info.offset = first
        info.offset_data = start + BLOCKSIZE
        end = info.offset_data
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            end += _blocks(info.size)
        self.offset = end
        return info

    @staticmethod
    def _pax_records(payload):
        records = {}
        i = 0
        binary = False
        while i < len(payload) and payload[i:i + 1] != NUL:
            space = payload.find(b' ', i)
            if space < 0:
                raise InvalidHeaderError('invalid header')
            try:
                length = int(payload[i:space])
            except ValueError:
                raise InvalidHeaderError('invalid header') from None
            if length < 1:
                raise InvalidHeaderError('invalid header')
            record = payload[space + 1:i + length - 1]
            key, eq, value = record.partition(b'=')
            if not eq:
                raise InvalidHeaderError('invalid header')
            keyword = key.decode('utf-8', 'surrogateescape')
            if keyword == 'hdrcharset' and value == b'BINARY':
                binary = True
            if binary or keyword not in PAX_NAME_FIELDS:
                text = value.decode('utf-8', 'surrogateescape')
            else:
                text = value.decode('utf-8', 'strict')
            records[keyword] = text
            i += length
        return records

    @staticmethod
    def _apply_pax(info, headers):
        for keyword, value in headers.items():
            if keyword == 'path':
                info.name = value.rstrip('/') if info.isdir() else value
            elif keyword == 'linkpath':
                info.linkname = value
            elif keyword in ('uname', 'gname'):
                setattr(info, keyword, value)
            elif keyword in PAX_NUMBER_FIELDS and keyword in PAX_FIELDS:
                try:
                    setattr(info, keyword, PAX_NUMBER_FIELDS[keyword](value))
                except ValueError:
                    setattr(info, keyword, 0)

    def next(self):
        """The next member (None at the end of the archive)."""
        self._check('ra')
        if self.firstmember is not None:
            member = self.firstmember
            self.firstmember = None
            return member
        member = None
        while True:
            try:
                member = self._read_member()
            except EOFHeaderError:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError('empty file') from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            break
        if member is not None:
            self.members.append(member)
        else:
            self._loaded = True
        return member

    def _load(self):
        if not self._loaded:
            while self.next() is not None:
                pass
            self._loaded = True

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            member = self.next()
            index += 1
            yield member
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if member is None:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def getmembers(self):
        """All members, in archive order."""
        self._check()
        self._load()
        return self.members

    def getnames(self):
        """The names of all members, in archive order."""
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """The member called name (its last occurrence); KeyError if there is none."""
        member = self._find(name)
        if member is None:
            raise KeyError(f'filename {name!r} not found')
        return member

    def _find(self, name, before=None, normalize=False):
        members = self.getmembers()
        if before is not None:
            index = next((i for i, m in enumerate(members) if m is before), len(members))
            members = members[:index]
        wanted = os.path.normpath(name) if normalize else name.rstrip('/')
        for member in reversed(members):
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == wanted:
                return member
        return None

    def extractfile(self, member):
        """A binary file object reading a member's data (None for a directory)."""
        self._check('r')
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, io.IOBase) and not self.fileobj.seekable():
                raise StreamError('cannot extract (sym)link as file object')
            return self.extractfile(self._link_target(info))
        return None

    def _link_target(self, info):
        if info.issym():
            target = '/'.join(filter(None, (os.path.dirname(info.name), info.linkname)))
            member = self._find(target, before=info, normalize=True)
        else:
            member = self._find(info.linkname, before=info)
        if member is None:
            raise KeyError(f'linkname {info.linkname!r} not found')
        return member

    # --- writing ---

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing a file on disk (None for a socket)."""
        self._check('awx')
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, '/').lstrip('/')
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        mode = st.st_mode
        linkname = ''
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and inode in self.inodes and
                    arcname != self.inodes[inode]):
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        info.uname = _account_name('/etc/passwd', info.uid)
        info.gname = _account_name('/etc/group', info.gid)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds a file, directory (recursively unless told not to) or link to the archive.
        filter(tarinfo) may change a member or drop it by returning None."""
        self._check('awx')
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        info = self.gettarinfo(name, arcname)
        if info is None:
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                return
        if info.isreg():
            with io.open(name, 'rb') as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Writes a member: tarinfo's header, then tarinfo.size bytes from fileobj."""
        self._check('awx')
        tarinfo = _copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            remaining = tarinfo.size
            while remaining > 0:
                chunk = fileobj.read(min(remaining, self.copybufsize or 16 * 1024))
                if not chunk:
                    raise OSError('unexpected end of data')
                self.fileobj.write(chunk)
                remaining -= len(chunk)
            padding = -tarinfo.size % BLOCKSIZE
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += tarinfo.size + padding
        self.members.append(tarinfo)

    # --- extracting ---

    def _filter_function(self, filter):
        if filter is None:
            chosen = self.extraction_filter
            if chosen is None:
                return fully_trusted_filter
            if isinstance(chosen, str):
                raise TypeError('String names are not supported for '
                                'TarFile.extraction_filter. Use a function such as '
                                'tarfile.data_filter directly.')
            return chosen
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f'filter {filter!r} not found') from None

    def extractall(self, path='.', members=None, *, numeric_owner=False, filter=None):
        """Extracts members (all by default) under path; directory times and modes are set
        last, deepest first."""
        check = self._filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            info = self._filtered(member, path, check)
            if info is None:
                continue
            if info.isdir():
                directories.append(info)
            self._extract_one(info, path, set_attrs=not info.isdir(),
                              numeric_owner=numeric_owner)
        directories.sort(key=lambda d: d.name, reverse=True)
        for info in directories:
            target = os.path.join(path, info.name)
            try:
                self.chown(info, target, numeric_owner)
                self.utime(info, target)
                self.chmod(info, target)
            except ExtractError as e:
                self._handle_nonfatal(e)

    def extract(self, member, path='', set_attrs=True, *, numeric_owner=False, filter=None):
        """Extracts one member under path."""
        check = self._filter_function(filter)
        info = self._filtered(member, path, check)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _filtered(self, member, path, check):
        info = self.getmember(member) if isinstance(member, str) else member
        try:
            filtered = check(info, path)
        except (OSError, FilterError) as e:
            self._handle_fatal(e)
            return None
        except ExtractError as e:
            self._handle_nonfatal(e)
            return None
        if filtered is None:
            return None
        if filtered.islnk():
            filtered = _copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, info, path, set_attrs, numeric_owner):
        self._check('r')
        try:
            self._extract_member(info, os.path.join(path, info.name), set_attrs,
                                 numeric_owner)
        except OSError as e:
            self._handle_fatal(e)
        except ExtractError as e:
            self._handle_nonfatal(e)

    def _handle_nonfatal(self, e):
        if self.errorlevel > 1:
            raise

    def _handle_fatal(self, e):
        if self.errorlevel > 0:
            raise

    def _extract_member(self, info, target, set_attrs=True, numeric_owner=False):
        target = target.rstrip('/').replace('/', os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.isreg():
            self.makefile(info, target)
        elif info.isdir():
            self.makedir(info, target)
        elif info.isfifo():
            self.makefifo(info, target)
        elif info.ischr() or info.isblk():
            self.makedev(info, target)
        elif info.islnk() or info.issym():
            self.makelink(info, target)
        elif info.type not in SUPPORTED_TYPES:
            self.makeunknown(info, target)
        else:
            self.makefile(info, target)
        if set_attrs:
            self.chown(info, target, numeric_owner)
            if not info.issym():
                self.chmod(info, target)
                self.utime(info, target)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        data = self.fileobj.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise ReadError('unexpected end of data')
        with io.open(targetpath, 'wb') as f:
            f.write(data)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._handle_nonfatal(ExtractError(
            f'tarfile: Unknown file type {tarinfo.type!r}, extracted as regular file.'))

    def makefifo(self, tarinfo, targetpath):
        raise ExtractError('fifo not supported by system')

    def makedev(self, tarinfo, targetpath):
        raise ExtractError('special devices not supported by system')

    def makelink(self, tarinfo, targetpath):
        if tarinfo.issym():
            if os.path.lexists(targetpath):
                os.unlink(targetpath)
            os.symlink(tarinfo.linkname, targetpath)
            return
        source = tarinfo._link_target
        if source is not None and os.path.exists(source):
            os.link(source, targetpath)
            return
        try:
            self._extract_member(self._link_target(tarinfo), targetpath)
        except KeyError:
            raise ExtractError('unable to resolve link inside archive') from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        # ownership is left as the extracting user's: changing it needs privileges
        return None

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError('could not change mode') from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None:
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError('could not change modification time') from e

    # --- listing, closing ---

    def list(self, verbose=True, *, members=None):
        """Prints the members, like `ls -l` when verbose."""
        self._check()
        encoding = getattr(sys.stdout, 'encoding', None)

        def show(text):
            if encoding is not None:
                text = text.encode(encoding, 'backslashreplace').decode(encoding)
            print(text, end=' ')

        for info in (self if members is None else members):
            if verbose:
                show('??????????' if info.mode is None else stat.filemode(info.mode))
                show(f'{info.uname or info.uid}/{info.gname or info.gid}')
                if info.ischr() or info.isblk():
                    show('%10s' % f'{info.devmajor},{info.devminor}')
                else:
                    show('%10d' % info.size)
                if info.mtime is None:
                    show('????-??-?? ??:??:??')
                else:
                    show('%d-%02d-%02d %02d:%02d:%02d' % time.localtime(info.mtime)[:6])
            show(info.name + ('/' if info.isdir() else ''))
            if verbose:
                if info.issym():
                    show('-> ' + info.linkname)
                if info.islnk():
                    show('link to ' + info.linkname)
            print()

    def close(self):
        """Finishes the archive when writing (end-of-archive blocks, record padding)."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ('a', 'w', 'x'):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                remainder = self.offset % RECORDSIZE
                if remainder:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            # a failed write leaves the archive unfinished rather than looking complete
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """Whether name (a path or a binary file object) holds a tar archive."""
    try:
        if hasattr(name, 'read'):
            position = name.tell()
            try:
                archive = open(fileobj=name)
            finally:
                name.seek(position)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
