"""Reading and writing ZIP archives (PKWARE's APPNOTE layout), stored or deflated."""

import binascii
import io
import os
import stat
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           ]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need the ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_FLAG_DATA_DESCRIPTOR = 0x08
_FLAG_UTF8 = 0x800
_FLAG_ENCRYPTED = 0x01

_LOCAL_MAGIC = b"PK\003\004"
_CENTRAL_MAGIC = b"PK\001\002"
_END_MAGIC = b"PK\005\006"
_LOCAL_FMT = "<4s2B4HL2L2H"
_CENTRAL_FMT = "<4s4B4HL2L5H2L"
_END_FMT = "<4s4H2LH"
_LOCAL_SIZE = struct.calcsize(_LOCAL_FMT)
_CENTRAL_SIZE = struct.calcsize(_CENTRAL_FMT)
_END_SIZE = struct.calcsize(_END_FMT)

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}


# Code page 437 (the original IBM PC set), bytes 0x80-0xFF: names without the UTF-8 flag.
_CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0'


def _decode_name(raw, encoding):
    if encoding:
        return raw.decode(encoding)
    return "".join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module"
                           % ("bz2" if compression == ZIP_BZIP2 else "lzma"))
    raise NotImplementedError("That compression method is not supported")


def _dos_stamp(date_time):
    y, mo, d, h, mi, s = date_time[:6]
    return h << 11 | mi << 5 | (s // 2), (y - 1980) << 9 | mo << 5 | d


def _archive_name(path):
    """A path as a member name: no drive, normalised, no leading separators."""
    name = os.path.normpath(os.path.splitdrive(path)[1])
    separators = (os.sep, os.altsep)
    while name[0] in separators:  # an IndexError for "/" itself, as in CPython
        name = name[1:]
    return name


def _member_relpath(name):
    """A member name as a relative path here: no drive, and no empty, '.' or '..' parts."""
    sep = os.path.sep
    path = name.replace("/", sep)
    if os.path.altsep:
        path = path.replace(os.path.altsep, sep)
    parts = os.path.splitdrive(path)[1].split(sep)
    return sep.join(p for p in parts if p not in ("", os.path.curdir, os.path.pardir))


def _target_dir(path):
    return os.getcwd() if path is None else os.fspath(path)


def _new_directory_info(name, mode):
    """mkdir(name): a directory member stamped now."""
    if not name.endswith("/"):
        name += "/"
    zinfo = ZipInfo(name, time.localtime(time.time())[:6])
    zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
    zinfo.CRC = 0
    return zinfo


def _central_record(zinfo):
    """A member's central-directory entry, with a zip64 extra field when it needs one."""
    dostime, dosdate = _dos_stamp(zinfo.date_time)
    file_size, compress_size, offset = zinfo.file_size, zinfo.compress_size, zinfo.header_offset
    wide = []
    if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
        wide += [file_size, compress_size]
        file_size = compress_size = 0xffffffff
    if offset > ZIP64_LIMIT:
        wide.append(offset)
        offset = 0xffffffff
    extra = zinfo.extra
    needs = 0
    if wide:
        extra = struct.pack("<HH%dQ" % len(wide), 1, 8 * len(wide), *wide) + extra
        needs = ZIP64_VERSION
    name, flags = zinfo._encodeFilenameFlags()
    fixed = struct.pack(_CENTRAL_FMT, _CENTRAL_MAGIC, max(needs, zinfo.create_version),
                        zinfo.create_system, max(needs, zinfo.extract_version), zinfo.reserved,
                        flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC, compress_size,
                        file_size, len(name), len(extra), len(zinfo.comment), 0,
                        zinfo.internal_attr, zinfo.external_attr, offset)
    return fixed + name + extra + zinfo.comment


class _CountingWriter:
    """An output stream that cannot tell(), given a tell() that counts what was written."""

    def __init__(self, stream):
        self._stream = stream
        self._written = 0

    def write(self, data):
        count = self._stream.write(data)
        self._written += count
        return count

    def tell(self):
        return self._written

    def flush(self):
        self._stream.flush()

    def close(self):
        self._stream.close()


class ZipInfo(object):
    """An archive member's metadata."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time",
                 "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        # CRC and header_offset stay unset until the member is written or read, as in
        # CPython (reading them before is an AttributeError).
        self._end_offset = None

    def __repr__(self):
        parts = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s"
                         % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size)
                and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header's bytes."""
        dostime, dosdate = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(_LOCAL_FMT, _LOCAL_MAGIC, self.extract_version, self.reserved,
                             flag_bits, self.compress_type, dostime, dosdate, crc,
                             compress_size, file_size, len(filename), len(extra))
        return header + filename + extra

    def _decodeExtra(self):
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack("<HH", extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                self._apply_zip64_field(extra[4:ln + 4])
            extra = extra[ln + 4:]

    def _apply_zip64_field(self, field):
        # The field holds 8-byte values only for the header fields saturated at their
        # 32-bit maximum, in this order.
        saturated = []
        if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
            saturated.append(("file_size", "File size"))
        if self.compress_size == 0xFFFF_FFFF:
            saturated.append(("compress_size", "Compress size"))
        if self.header_offset == 0xFFFF_FFFF:
            saturated.append(("header_offset", "Header offset"))
        for at, (attr, label) in enumerate(saturated):
            value = field[8 * at:8 * at + 8]
            if len(value) < 8:
                raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
            setattr(self, attr, int.from_bytes(value, "little"))

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file on disk, named `arcname` in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            # Clamp into the years a DOS date can hold.
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = _archive_name(filename if arcname is None else arcname)
        zinfo = cls(name + "/" if directory else name, stamp)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if directory:
            zinfo.external_attr |= 0x10
        zinfo.file_size = 0 if directory else st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1:] == "/"


def _end_record(fp):
    """(entries, size, offset of the central directory, comment) or None."""
    fp.seek(0, 2)
    filesize = fp.tell()
    if filesize < _END_SIZE:
        return None
    fp.seek(filesize - _END_SIZE)
    data = fp.read()
    if data[0:4] == _END_MAGIC and data[-2:] == b"\000\000":
        rec = struct.unpack(_END_FMT, data)
        return rec[4], rec[5], rec[6], b"", filesize - _END_SIZE
    start = max(filesize - (1 << 16) - _END_SIZE, 0)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(_END_MAGIC)
    if at >= 0:
        rec_data = data[at:at + _END_SIZE]
        if len(rec_data) != _END_SIZE:
            return None
        rec = struct.unpack(_END_FMT, rec_data)
        comment = data[at + _END_SIZE:at + _END_SIZE + rec[7]]
        return rec[4], rec[5], rec[6], comment, start + at
    return None


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipExtFile(io.BufferedIOBase):
    """A member being read: its bytes are decompressed on first use and checked
    against the stored CRC-32 at the end."""

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._zinfo = zipinfo
        self.mode = mode
        self.name = zipinfo.filename
        self._data = None
        self._pos = 0
        self._closed = False

    def _load(self):
        if self._data is None:
            raw = self._fileobj.read(self._zinfo.compress_size)
            if self._zinfo.compress_type == ZIP_DEFLATED:
                d = zlib.decompressobj(-15)
                data = d.decompress(raw) + d.flush()
            else:
                data = raw
            data = data[:self._zinfo.file_size]
            if len(data) < self._zinfo.file_size:
                raise EOFError
            if zlib.crc32(data) != self._zinfo.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            self._data = data
        return self._data

    def __repr__(self):
        if self._closed:
            return "<%s.%s [closed]>" % (self.__class__.__module__, self.__class__.__qualname__)
        return "<%s.%s name=%r mode=%r compress_type=%s>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, self.mode,
            compressor_names.get(self._zinfo.compress_type, self._zinfo.compress_type))

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, n=-1):
        self._check()
        data = self._load()
        if n is None or n < 0:
            out = data[self._pos:]
        else:
            out = data[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        self._check()
        return self._load()[self._pos:self._pos + max(n, 512)]

    def readline(self, limit=-1):
        self._check()
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def writable(self):
        return False

    def tell(self):
        self._check()
        return self._pos

    def seek(self, offset, whence=0):
        self._check()
        size = self._zinfo.file_size
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = max(0, min(pos, size))
        return self._pos

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written: data is checksummed and compressed on the way out; closing
    it rewrites the local header with the final sizes."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            if level is None:
                level = zlib.Z_DEFAULT_COMPRESSION
            self._compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
        else:
            self._compressor = None
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._closed = False

    @property
    def _fileobj(self):
        return self._zipfile.fp

    closed = property(lambda self: self._closed)

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data)
        count = data.nbytes if isinstance(data, memoryview) else len(data)
        self._crc = zlib.crc32(data, self._crc)
        self._file_size += count
        packer = self._compressor
        if packer is None:
            self._compress_size += count
        else:
            data = packer.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return count

    def close(self):
        if self._closed:
            return
        zf, zinfo = self._zipfile, self._zinfo
        try:
            out = self._fileobj
            if self._compressor is not None:
                rest = self._compressor.flush()
                self._compress_size += len(rest)
                out.write(rest)
            zinfo.compress_size = self._compress_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64 and self._file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if not self._zip64 and self._compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
            if zinfo.flag_bits & _FLAG_DATA_DESCRIPTOR:
                # Unseekable output: the sizes follow the data instead.
                layout = "<LLQQ" if self._zip64 else "<LLLL"
                out.write(struct.pack(layout, 0x08074b50, zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
                zf.start_dir = out.tell()
            else:
                # Go back and fill in the local header now that the sizes are known.
                end = zf.start_dir = out.tell()
                out.seek(zinfo.header_offset)
                out.write(zinfo.FileHeader(self._zip64))
                out.seek(end)
            zf._add_member(zinfo)
        finally:
            zf._writing = False
            self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {"r": "rb", "w": "w+b", "x": "x+b"}
            self._disk_path = None
            if mode == "a":
                # Appending edits the archive in memory and writes it back on close.
                try:
                    with io.open(file, "rb") as f:
                        self.fp = io.BytesIO(f.read())
                except FileNotFoundError:
                    mode = self.mode = "w"
                    self.fp = io.BytesIO()
                self._disk_path = file
            else:
                self.fp = io.open(file, modes[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._seekable = True
        try:
            if mode == "r":
                self._read_contents()
            elif mode in ("w", "x"):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    # A pipe or socket: count the bytes written to know the offsets.
                    self.fp = _CountingWriter(self.fp)
                    self._seekable = False
                    self.start_dir = 0
            else:
                try:
                    self._read_contents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            # Half-opened: let go of a file we opened ourselves.
            failed, self.fp = self.fp, None
            if not self._filePassed:
                failed.close()
            raise

    def __repr__(self):
        parts = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                parts.append(" file=%r" % self.fp)
            elif self.filename is not None:
                parts.append(" filename=%r" % self.filename)
            parts.append(" mode=%r" % self.mode)
        else:
            parts.append(" [closed]")
        parts.append(">")
        return "".join(parts)

    def _read_contents(self):
        fp = self.fp
        try:
            rec = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if rec is None:
            raise BadZipFile("File is not a zip file")
        count, size_cd, offset_cd, comment, end_at = rec
        self._comment = comment
        concat = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            head = data[pos:pos + _CENTRAL_SIZE]
            if len(head) != _CENTRAL_SIZE:
                raise BadZipFile("Truncated central directory")
            c = struct.unpack(_CENTRAL_FMT, head)
            if c[0] != _CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL_SIZE
            name = data[pos:pos + c[12]]
            pos += c[12]
            flags = c[5]
            if flags & _FLAG_UTF8:
                name = name.decode("utf-8")
            else:
                name = _decode_name(name, self.metadata_encoding)
            x = ZipInfo(name)
            x.extra = data[pos:pos + c[13]]
            pos += c[13]
            x.comment = data[pos:pos + c[14]]
            pos += c[14]
            x.header_offset = c[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = c[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = c[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes"
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(_LOCAL_SIZE)
        if len(head) != _LOCAL_SIZE:
            raise BadZipFile("Truncated file header")
        h = struct.unpack(_LOCAL_FMT, head)
        if h[0] != _LOCAL_MAGIC:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(h[10])
        if h[11]:
            fp.read(h[11])
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if h[3] & _FLAG_UTF8:
            fname_str = fname.decode("utf-8")
        else:
            fname_str = _decode_name(fname, self.metadata_encoding)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            raise NotImplementedError("encrypted members are not supported")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            _check_compression(zinfo.compress_type)
        return ZipExtFile(fp, mode, zinfo)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _FLAG_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        self._start_member(zinfo)
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode == "r":
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        limits = ((len(self.filelist) >= ZIP_FILECOUNT_LIMIT, "Files count"),
                  (zinfo.file_size > ZIP64_LIMIT, "Filesize"),
                  (zinfo.header_offset > ZIP64_LIMIT, "Zipfile size"))
        for exceeded, what in limits:
            if exceeded:
                raise LargeZipFile(what + " would require ZIP64 extensions")

    def _check_can_add(self, full_stop):
        """write(), writestr() and mkdir(): the archive is open and no member is half-written."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists"
                             + full_stop)

    def _start_member(self, zinfo):
        """Places a new member at the end of the members written so far."""
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()

    def _add_member(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Puts the file `filename` from disk into the archive as `arcname`."""
        self._check_can_add("")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with io.open(filename, "rb") as source, self.open(zinfo, "w") as member:
            for chunk in iter(lambda: source.read(8192), b""):
                member.write(chunk)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Writes `data` (bytes, or str as UTF-8) into the archive as a member."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            # A name ending in "/" is a directory (an empty name is an IndexError).
            directory = zinfo.filename[-1] == "/"
            zinfo.external_attr = (0o40775 << 16 | 0x10) if directory else 0o600 << 16
        self._check_can_add(".")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode="w") as member:
            member.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory entry."""
        given = zinfo_or_directory_name
        if isinstance(given, str):
            zinfo = _new_directory_info(given, mode)
        elif not isinstance(given, ZipInfo):
            raise TypeError("Expected type str or ZipInfo")
        elif given.is_dir():
            zinfo = given
        else:
            raise ValueError("The given ZipInfo does not describe a directory")
        # Python 3.11 does not check for an open write handle here.
        self._start_member(zinfo)
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= 0x02
        self._writecheck(zinfo)
        self._didModify = True
        self._add_member(zinfo)
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    def extract(self, member, path=None, pwd=None):
        return self._extract_member(member, _target_dir(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        chosen = self.namelist() if members is None else members
        root = _target_dir(path)
        for member in chosen:
            self._extract_member(member, root, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        target = os.path.normpath(os.path.join(targetpath, _member_relpath(member.filename)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if not member.is_dir():
            with self.open(member, pwd=pwd) as source, io.open(target, "wb") as sink:
                sink.write(source.read())
        elif not os.path.isdir(target):
            os.mkdir(target)
        return target

    def close(self):
        """Writes the central directory (when writing) and closes the archive."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode != "r":
                self._write_end_record()
        finally:
            self._let_go()

    def _let_go(self):
        fp, self.fp = self.fp, None
        if self._filePassed:
            return
        # Mode 'a' on a path edited a copy in memory: it goes back to disk now.
        if getattr(self, "_disk_path", None) is not None:
            with io.open(self._disk_path, "wb") as disk:
                disk.write(fp.getvalue())
        fp.close()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def _write_end_record(self):
        """The central directory and end record, after the last member."""
        fp = self.fp
        if self._seekable:
            fp.seek(self.start_dir)
        for zinfo in self.filelist:
            fp.write(_central_record(zinfo))
        entries = len(self.filelist)
        directory_size = fp.tell() - self.start_dir
        if not self._allowZip64 and (entries >= ZIP_FILECOUNT_LIMIT
                                     or self.start_dir > ZIP64_LIMIT):
            raise LargeZipFile("Files count would require ZIP64 extensions")
        fp.write(struct.pack(_END_FMT, _END_MAGIC, 0, 0, entries, entries, directory_size,
                             self.start_dir, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a" and hasattr(fp, "truncate"):
            fp.truncate()
        fp.flush()


class PyZipFile(ZipFile):
    """Not supported here: writing compiled Python modules."""
