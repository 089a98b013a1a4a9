"""urllib.parse for pyseal: splitting, joining and quoting URLs (str URLs).

Follows RFC 3986 as CPython's urllib.parse applies it: the scheme is what precedes the first
':' when it is a valid scheme name, the authority follows '//', then path, query ('?') and
fragment ('#'); urlparse() also splits ';params' off the last path segment.
"""

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'uses_relative', 'uses_netloc', 'uses_params', 'scheme_chars']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_BYTES = '\t\r\n'


class _NetlocMixin:
    """The parts of the authority (user:password@host:port) of a split URL."""

    __slots__ = ()

    @property
    def username(self):
        user, has_info, _ = self.netloc.rpartition('@')
        if not has_info:
            return None
        name, _, _ = user.partition(':')
        return name

    @property
    def password(self):
        user, has_info, _ = self.netloc.rpartition('@')
        if not has_info:
            return None
        _, has_password, password = user.partition(':')
        return password if has_password else None

    def _host_and_port(self):
        hostinfo = self.netloc.rpartition('@')[2]
        before, bracket, rest = hostinfo.partition('[')
        if bracket:
            host, _, after = rest.partition(']')
            port = after.partition(':')[2]
        else:
            host, _, port = hostinfo.partition(':')
        return host, (port or None)

    @property
    def hostname(self):
        host = self._host_and_port()[0]
        if not host:
            return None
        # Zone ids (fe80::1%eth0) keep their case.
        addr, percent, zone = host.partition('%')
        return addr.lower() + percent + zone

    @property
    def port(self):
        port = self._host_and_port()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f'Port could not be cast to integer value as {port!r}')
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class SplitResult(_namedtuple('SplitResult', 'scheme netloc path query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult', 'scheme netloc path params query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(_namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


for _cls in (SplitResult, ParseResult, DefragResult):
    _cls.__module__ = 'urllib.parse'


def _check_str(*args):
    for arg in args:
        if isinstance(arg, (bytes, bytearray)):
            raise TypeError('pyseal: urllib.parse handles str URLs only')


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment)."""
    _check_str(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_BYTES:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(ch in scheme_chars for ch in candidate):
            scheme = candidate.lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        end = len(url)
        for delim in '/?#':
            found = url.find(delim, 2)
            if found >= 0:
                end = min(end, found)
        netloc, url = url[2:end], url[end:]
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    # The params belong to the last path segment.
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """Puts a URL back together from urlsplit()'s five parts."""
    scheme, netloc, url, query, fragment = components
    # '//' is written for a netloc, and for an empty one when the scheme always has one.
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        rooted = url if not url or url.startswith('/') else '/' + url
        url = '//' + (netloc or '') + rooted
    head = scheme + ':' if scheme else ''
    tail = ('?' + query if query else '') + ('#' + fragment if fragment else '')
    return head + url + tail


def urlunparse(components):
    """Puts a URL back together from urlparse()'s six parts."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = f'{url};{params}'
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """url resolved against base (RFC 3986 reference resolution)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        # Merge: the base path up to its last '/', then the reference; empty segments in the
        # middle drop out.
        directory = bpath.split('/')
        if directory[-1] != '':
            directory = directory[:-1]
        merged = directory + path.split('/')
        segments = [merged[0]] + [s for s in merged[1:-1] if s] + [merged[-1]] \
            if len(merged) > 1 else merged
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment))


def urldefrag(url):
    """(url without its fragment, fragment)."""
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    return DefragResult(url, '')


# ---------------------------------------------------------------------------------------------
# quoting

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in keep else f'%{b:02X}' for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters that are not URL-safe as %XX escapes (of UTF-8 bytes)."""
    if not isinstance(string, str):
        for option, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                raise TypeError(f"quote() doesn't support '{option}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    data = string.encode('utf-8' if encoding is None else encoding,
                         'strict' if errors is None else errors)
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote(), with spaces as '+' (for form data)."""
    if isinstance(string, str):
        has_space = ' ' in string
    else:
        has_space = not isinstance(string, bytes) or b' ' in string
    if not has_space:
        return quote(string, safe, encoding, errors)
    # Keep spaces through quote(), then turn them into '+'.
    keep = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, keep, encoding, errors).replace(' ', '+')


_HEX = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    parts = string.split(b'%')
    out = bytearray(parts[0])
    for item in parts[1:]:
        head = item[:2]
        if len(head) == 2 and all(chr(c) in _HEX for c in head):
            out.append(int(head, 16))
            out += item[2:]
        else:
            out += b'%'
            out += item
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %XX escapes decoded (as UTF-8 bytes, by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Runs of escapes decode together (a character may take several bytes).
    pieces = string.split('%')
    out = [pieces[0]]
    pending = bytearray()
    for piece in pieces[1:]:
        head = piece[:2]
        if len(head) == 2 and all(c in _HEX for c in head):
            pending.append(int(head, 16))
            rest = piece[2:]
            if rest:
                out.append(pending.decode(encoding, errors))
                pending = bytearray()
                out.append(rest)
        else:
            if pending:
                out.append(pending.decode(encoding, errors))
                pending = bytearray()
            out.append('%' + piece)
    if pending:
        out.append(pending.decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote(), with '+' as a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'key=value&...' (form encoding)."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def enc(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    parts = []
    for key, value in query:
        key = enc(key)
        if not doseq or isinstance(value, (str, bytes)):
            parts.append(key + '=' + enc(value))
            continue
        try:
            items = iter(value)
        except TypeError:
            parts.append(key + '=' + enc(value))
        else:
            for item in items:
                parts.append(key + '=' + enc(item))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, in order."""
    if not qs:
        return []
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        if 1 + qs.count(separator) > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError(f'bad query field: {field!r}')
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding, errors)
            value = unquote(value.replace('+', ' '), encoding, errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
