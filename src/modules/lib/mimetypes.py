"""mimetypes for pyseal: guess a file's MIME type from its name, and names from a type.

The built-in table is CPython's default one; as CPython does, init() then reads the system's
mime.types files that exist and are readable (later entries win), unless given other files.
"""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
    "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
    "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# "type ext ext ...": each type with its extensions, preferred first.
_DEFAULT_TYPES = [
    'application/javascript .js .mjs',
    'application/json .json',
    'application/manifest+json .webmanifest',
    'application/msword .doc .dot .wiz',
    'application/n-quads .nq',
    'application/n-triples .nt',
    'application/octet-stream .bin .a .dll .exe .o .obj .so',
    'application/oda .oda',
    'application/pdf .pdf',
    'application/pkcs7-mime .p7c',
    'application/postscript .ps .ai .eps',
    'application/trig .trig',
    'application/vnd.apple.mpegurl .m3u .m3u8',
    'application/vnd.ms-excel .xls .xlb',
    'application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz',
    'application/wasm .wasm',
    'application/x-bcpio .bcpio',
    'application/x-cpio .cpio',
    'application/x-csh .csh',
    'application/x-dvi .dvi',
    'application/x-gtar .gtar',
    'application/x-hdf .hdf',
    'application/x-hdf5 .h5',
    'application/x-latex .latex',
    'application/x-mif .mif',
    'application/x-netcdf .cdf .nc',
    'application/x-pkcs12 .p12 .pfx',
    'application/x-pn-realaudio .ram',
    'application/x-python-code .pyc .pyo',
    'application/x-sh .sh',
    'application/x-shar .shar',
    'application/x-shockwave-flash .swf',
    'application/x-sv4cpio .sv4cpio',
    'application/x-sv4crc .sv4crc',
    'application/x-tar .tar',
    'application/x-tcl .tcl',
    'application/x-tex .tex',
    'application/x-texinfo .texi .texinfo',
    'application/x-troff .roff .t .tr',
    'application/x-troff-man .man',
    'application/x-troff-me .me',
    'application/x-troff-ms .ms',
    'application/x-ustar .ustar',
    'application/x-wais-source .src',
    'application/xml .xsl .rdf .wsdl .xpdl',
    'application/zip .zip',
    'audio/3gpp .3gp .3gpp',
    'audio/3gpp2 .3g2 .3gpp2',
    'audio/aac .aac .adts .loas .ass',
    'audio/basic .au .snd',
    'audio/mpeg .mp3 .mp2',
    'audio/opus .opus',
    'audio/x-aiff .aif .aifc .aiff',
    'audio/x-pn-realaudio .ra',
    'audio/x-wav .wav',
    'image/avif .avif',
    'image/bmp .bmp',
    'image/gif .gif',
    'image/ief .ief',
    'image/jpeg .jpg .jpe .jpeg',
    'image/heic .heic',
    'image/heif .heif',
    'image/png .png',
    'image/svg+xml .svg',
    'image/tiff .tiff .tif',
    'image/vnd.microsoft.icon .ico',
    'image/x-cmu-raster .ras',
    'image/x-portable-anymap .pnm',
    'image/x-portable-bitmap .pbm',
    'image/x-portable-graymap .pgm',
    'image/x-portable-pixmap .ppm',
    'image/x-rgb .rgb',
    'image/x-xbitmap .xbm',
    'image/x-xpixmap .xpm',
    'image/x-xwindowdump .xwd',
    'message/rfc822 .eml .mht .mhtml .nws',
    'text/css .css',
    'text/csv .csv',
    'text/html .html .htm',
    'text/n3 .n3',
    'text/plain .txt .bat .c .h .ksh .pl .srt',
    'text/richtext .rtx',
    'text/tab-separated-values .tsv',
    'text/vtt .vtt',
    'text/x-python .py',
    'text/x-setext .etx',
    'text/x-sgml .sgm .sgml',
    'text/x-vcard .vcf',
    'text/xml .xml',
    'video/mp4 .mp4',
    'video/mpeg .mpeg .m1v .mpa .mpe .mpg',
    'video/quicktime .mov .qt',
    'video/webm .webm',
    'video/x-msvideo .avi',
    'video/x-sgi-movie .movie',
]

_COMMON_TYPES = [
    "application/rtf .rtf",
    "audio/midi .midi .mid",
    "image/jpg .jpg",
    "image/pict .pict .pct .pic",
    "image/webp .webp",
    "text/xul .xul",
]


def _table(lines):
    table = {}
    for line in lines:
        mime, *exts = line.split()
        for ext in exts:
            table[ext] = mime
    return table


_suffix_map_default = {
    ".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz", ".tz": ".tar.gz",
    ".tbz2": ".tar.bz2", ".txz": ".tar.xz",
}
_encodings_map_default = {
    ".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br",
}


class MimeTypes:
    """A database of types: types_map is (non-strict, strict) maps of extension -> type."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _table(_DEFAULT_TYPES).items():
            self.add_type(mime, ext, True)
        for ext, mime in _table(_COMMON_TYPES).items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` (with its dot) to MIME type `type`."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL; either is None when unknown."""
        url = os.fspath(url)
        scheme, url = _splittype(url)
        if scheme == "data":
            comma = url.find(",")
            if comma < 0:
                return None, None
            semi = url.find(";", 0, comma)
            mime = url[:semi] if semi >= 0 else url[:comma]
            if "=" in mime or "/" not in mime:
                mime = "text/plain"
            return mime, None
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        encoding = None
        if ext in self.encodings_map:
            # 'x.tar.gz': gzip-encoded, of the type '.tar' names.
            encoding = self.encodings_map[ext]
            ext = posixpath.splitext(base)[1]
        ext = ext.lower()
        # The strict table first; the common (non-standard) one only when not strict.
        for table in (self.types_map[True],) if strict else self.types_map[::-1]:
            if ext in table:
                return table[ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every known extension of MIME type `type`, preferred first."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """The preferred extension of MIME type `type`, or None."""
        exts = self.guess_all_extensions(type, strict)
        if not exts:
            return None
        return exts[0]

    def read(self, filename, strict=True):
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the entries of a mime.types file: `type ext ext ...`, # comments."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == "#":
                    del words[i:]
                    break
            if not words:
                continue
            mime, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(mime, "." + suff, strict)


def _splittype(url):
    colon = url.find(":")
    if colon > 0:
        scheme = url[:colon]
        if scheme.replace("+", "").replace("-", "").replace(".", "").isalnum() \
                and scheme[0].isalpha():
            return scheme.lower(), url[colon + 1:]
    return None, url


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the module's database: the defaults, then `files` (or the system's files)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    db = MimeTypes()
    if files is None:
        files = knownfiles
    for file in files:
        try:
            db.read(file)
        except OSError:
            pass
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type map of one mime.types file, or None if it cannot be read."""
    try:
        f = open(file, encoding="utf-8")
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


suffix_map = _suffix_map_default.copy()
encodings_map = _encodings_map_default.copy()
types_map = _table(_DEFAULT_TYPES)
common_types = _table(_COMMON_TYPES)
