"""email.message for pyseal: Message (headers and a payload), and EmailMessage/MIMEPart with
the content-manager API of the modern policy.

Headers are an ordered list of (name, value) pairs; names compare case-insensitively and
a name may repeat. The payload is a str (the body as written, transfer encoding included),
a list of sub-messages (multipart), or None.
"""

import base64
import binascii
import quopri
import re

from email import errors
from email import utils
from email.policy import compat32, _has_surrogates

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _split_param(text):
    main, sep, rest = str(text).partition(';')
    if not sep:
        return main.strip(), None
    return main.strip(), rest.strip()


def _format_param(param, value=None, quote=True):
    """param=value for a header, quoted when asked or needed (RFC 2231 for a tuple)."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return f'{param}={value}'
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        param += '*'
        value = utils.encode_rfc2231(value, 'utf-8', '')
        return f'{param}={value}'
    if quote or _TSPECIALS.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f'{param}={value}'


def _parse_params(text):
    """The ';'-separated items of a header value: the main value first, then
    'name=value' items as (name, value) with the value still quoted."""
    text = ';' + str(text)
    items = []
    while text[:1] == ';':
        text = text[1:]
        end = text.find(';')
        while end > 0 and (text.count('"', 0, end) - text.count('\\"', 0, end)) % 2:
            end = text.find(';', end + 1)
        if end < 0:
            end = len(text)
        item = text[:end]
        if '=' in item:
            i = item.index('=')
            item = item[:i].strip().lower() + '=' + item[i + 1:].strip()
        items.append(item.strip())
        text = text[end:]
    return items


def _as_charset(charset):
    if charset is None or hasattr(charset, 'get_output_charset'):
        return charset
    from email.charset import Charset
    return Charset(charset)


def _unquote_value(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


class Message:
    """A message or message part: headers, a payload, and the preamble/epilogue text of
    a multipart."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._payload = self._charset = self._unixfrom = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text (headers not folded unless maxheaderlen says so)."""
        from email.generator import Generator
        import io
        policy = self.policy if policy is None else policy
        out = io.StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        import io
        policy = self.policy if policy is None else policy
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # --- payload ---

    def attach(self, payload):
        """Adds a sub-message to a multipart payload."""
        if self._payload is None:
            self._payload = []
        elif not isinstance(self._payload, list):
            raise TypeError('Attach is not valid on a message with a non-multipart payload')
        self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload; with decode=True the body bytes with the transfer encoding undone
        (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError(f'Expected list, got {type(self._payload)}')
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        raw = None
        if isinstance(payload, str):
            if _has_surrogates(payload):
                raw = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = raw.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
            elif decode:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            from email._encoded_words import decode_b
            value, defects = decode_b(b''.join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Sets the payload; with a charset, also the Content-Type charset parameter and the
        transfer encoding that charset needs."""
        charset = _as_charset(charset)
        if isinstance(payload, str) and charset is not None:
            payload = payload.encode(charset.output_charset)
        if isinstance(payload, (bytes, bytearray)):
            # bytes are kept as text, the non-ASCII ones as surrogates
            payload = bytes(payload).decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Sets the charset parameter, MIME-Version and Content-Transfer-Encoding, encoding
        the payload as the charset requires (None removes the charset)."""
        charset = _as_charset(charset)
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        output = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', output)
        else:
            self.add_header('Content-Type', 'text/plain', charset=output)
        if str(charset) != output:
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        from email import encoders
        cte = charset.get_body_encoding()
        encoder = {'base64': encoders.encode_base64,
                   'quoted-printable': encoders.encode_quopri}.get(cte)
        if encoder is None:
            self.add_header('Content-Transfer-Encoding', cte)
        else:
            encoder(self)

    def get_charset(self):
        return self._charset

    # --- headers as a mapping ---

    def _matching(self, name):
        """Indexes of the headers called name (any case)."""
        name = name.lower()
        return [i for i, (k, _) in enumerate(self._headers) if k.lower() == name]

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def __contains__(self, name):
        return bool(self._matching(name))

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Adds a header (at the end; an existing one of the same name stays)."""
        limit = self.policy.header_max_count(name)
        if limit and len(self._matching(name)) >= limit:
            raise ValueError(f'There may be at most {limit} {name} headers in a message')
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Removes every header of that name (no error when there is none)."""
        doomed = set(self._matching(name))
        self._headers = [h for i, h in enumerate(self._headers) if i not in doomed]

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self.items()]

    def items(self):
        fetch = self.policy.header_fetch_parse
        return [(k, fetch(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first header called name, or failobj."""
        found = self._matching(name)
        if not found:
            return failobj
        k, v = self._headers[found[0]]
        return self.policy.header_fetch_parse(k, v)

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header called name, in order, or failobj when there is none."""
        fetch = self.policy.header_fetch_parse
        found = [fetch(*self._headers[i]) for i in self._matching(name)]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'). Underscores in parameter names become hyphens."""
        parts = []
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(_format_param(key) if value is None else _format_param(key, value))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replaces the first header called _name, in place; KeyError if there is none."""
        found = self._matching(_name)
        if not found:
            raise KeyError(_name.lower())
        i = found[0]
        self._headers[i] = self.policy.header_store_parse(self._headers[i][0], _value)

    # --- content type and parameters ---

    def get_content_type(self):
        """The maintype/subtype of the Content-Type, lowercased (the default type when the
        header is missing or malformed)."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_param(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for item in _parse_params(value):
            name, sep, val = item.partition('=')
            name = name.strip()
            val = val.strip() if sep else ''
            params.append((name, val))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of a header's parameters, the main value first (as (value, ''))."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquote_value(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter of a header (case-insensitive name), or failobj."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquote_value(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None,
                  language='', replace=False):
        """Sets (or adds) one parameter of a header, keeping the others."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        current = self.get(header)
        if current is None and header.lower() == 'content-type':
            current = 'text/plain'
        new_item = _format_param(param, value, requote)
        if not self.get_param(param, header=header):
            text = new_item if not current else f'{current}{SEMISPACE}{new_item}'
        else:
            items = []
            for name, old in self.get_params(header=header, unquote=requote):
                same = name.lower() == param.lower()
                items.append(new_item if same else _format_param(name, old, requote))
            text = SEMISPACE.join(items)
        self._store_header(header, text, replace)

    def _store_header(self, header, text, replace=False):
        if text == self.get(header):
            return
        if replace:
            self.replace_header(header, text)
        else:
            del self[header]
            self[header] = text

    def del_param(self, param, header='content-type', requote=True):
        """Removes one parameter of a header."""
        if header not in self:
            return
        kept = [_format_param(name, value, requote)
                for name, value in self.get_params(header=header, unquote=requote)
                if name.lower() != param.lower()]
        self._store_header(header, SEMISPACE.join(kept))

    def set_type(self, type, header='Content-Type', requote=True):
        """Sets the maintype/subtype of a header, keeping its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        params = (self.get_params(header=header, unquote=requote) or [])[1:]
        del self[header]
        self[header] = type
        for name, value in params:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or the name parameter of
        Content-Type)."""
        missing = object()
        for param, header in (('filename', 'content-disposition'), ('name', 'content-type')):
            filename = self.get_param(param, missing, header)
            if filename is not missing:
                return utils.collapse_rfc2231_value(filename).strip()
        return failobj

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Sets the boundary parameter of Content-Type (HeaderParseError without one)."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        new_params = []
        found = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                new_params.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                new_params.append((pk, pv))
        if not found:
            new_params.append(('boundary', '"%s"' % boundary))
        new_headers = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                parts = []
                for k, v in new_params:
                    parts.append(k if v == '' else f'{k}={v}')
                val = SEMISPACE.join(parts)
                new_headers.append(self.policy.header_store_parse(h, val))
            else:
                new_headers.append((h, v))
        self._headers = new_headers

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lowercased, or failobj."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            # an RFC 2231 value: (charset of the value, language, value)
            encoding = charset[0] or 'us-ascii'
            try:
                charset = charset[2].encode('raw-unicode-escape').decode(encoding)
            except (LookupError, UnicodeError):
                charset = charset[2]
        return charset.lower() if charset.isascii() else failobj

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """'inline', 'attachment' or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_param(value)[0].lower()

    def walk(self):
        """This message and all its parts, depth first."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part under the modern policy (no MIME-Version of its own)."""

    def __init__(self, policy=None):
        from email.policy import default
        super().__init__(default if policy is None else policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """The message as text; headers folded at the policy's line length by default."""
        chosen = policy or self.policy
        width = chosen.max_line_length if maxheaderlen is None else maxheaderlen
        return super().as_string(unixfrom, width, chosen)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        return False if disposition is None else disposition.content_disposition == 'attachment'

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part that is the message's body: the first of the best-ranked candidates,
        ranked by the position of their subtype in preferencelist."""
        found = []

        def visit(part):
            if part.is_attachment():
                return
            maintype, subtype = part.get_content_type().split('/')
            if maintype == 'text':
                if subtype in preferencelist:
                    found.append((preferencelist.index(subtype), part))
            elif maintype == 'multipart' and part.is_multipart():
                if subtype != 'related':
                    for child in part.iter_parts():
                        visit(child)
                    return
                if 'related' in preferencelist:
                    found.append((preferencelist.index('related'), part))
                children = part.get_payload()
                start = part.get_param('start')
                root = next((c for c in children if start and c['content-id'] == start),
                            children[0] if children else None)
                if root is not None:
                    visit(root)

        visit(self)
        if not found:
            return None
        return min(found, key=lambda pair: pair[0])[1]

    def iter_attachments(self):
        """The parts that are not the body (of a multipart that is not alternative)."""
        maintype, subtype = self.get_content_type().split('/')
        parts = self.get_payload()
        if maintype != 'multipart' or subtype == 'alternative' or not isinstance(parts, list):
            return
        if subtype == 'related':
            start = self.get_param('start')
            roots = [p for p in parts if start and p.get('content-id') == start]
            skipped = roots[0] if roots else parts[0] if parts else None
            yield from (p for p in parts if p is not skipped)
            return
        # the first text/plain, text/html, multipart/related and multipart/alternative
        # parts that are not attachments make up the body
        body_kinds = {'text/plain', 'text/html', 'multipart/related',
                      'multipart/alternative'}
        taken = set()
        for part in list(parts):
            kind = part.get_content_type()
            subkind = kind.split('/')[1]
            if kind in body_kinds and not part.is_attachment() and subkind not in taken:
                taken.add(subkind)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        """The content: str for text, bytes for other types, a message for message/*."""
        manager = content_manager or self.policy.content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replaces the content (and its Content-* headers) with a str, bytes or message."""
        manager = content_manager or self.policy.content_manager
        manager.set_content(self, *args, **kw)

    def _convert_to_multipart(self, subtype, refused, boundary):
        """Moves the content (Content-* headers and payload) into a first part and makes
        this part multipart/subtype."""
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing == subtype or existing in refused:
                raise ValueError(f'Cannot convert {existing} to {subtype}')
        content = [h for h in self._headers if h[0].lower().startswith('content-')]
        self._headers = [h for h in self._headers if not h[0].lower().startswith('content-')]
        if content:
            first = type(self)(policy=self.policy)
            first._headers = content
            first._payload = self._payload
            self._payload = [first]
        else:
            self._payload = []
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._convert_to_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._convert_to_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._convert_to_multipart('mixed', (), boundary)

    def _add_part(self, subtype, args, kw, disposition=None):
        if self.get_content_type() != 'multipart/' + subtype:
            getattr(self, 'make_' + subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if disposition and 'content-disposition' not in part:
            part['Content-Disposition'] = disposition
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_part('related', args, kw, 'inline')

    def add_alternative(self, *args, **kw):
        self._add_part('alternative', args, kw)

    def add_attachment(self, *args, **kw):
        self._add_part('mixed', args, kw, 'attachment')

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [h for h in self._headers if not h[0].lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the modern policy (set_content adds MIME-Version)."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
