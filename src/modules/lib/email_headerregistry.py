"""email.headerregistry for pyseal: the header values of the modern (default) policy.

A header value is a str (the decoded text) that also knows its name, its defects and,
for address headers, the addresses in it; fold() writes it with non-ASCII text as encoded
words and lines of at most max_line_length characters.
"""

from email import _encoded_words
from email import utils

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader', 'AddressHeader',
           'DateHeader', 'HeaderRegistry']

_SPECIALS = set('()<>@,:;.\\"[]')


def _quote_phrase(name):
    if any(c in _SPECIALS for c in name):
        escaped = name.replace('\\', '\\\\').replace('"', '\\"')
        return f'"{escaped}"'
    return name


class Address:
    """One mailbox: display name, user name and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError('addrspec specified when username and/or domain also '
                                'specified')
            username, _, domain = addr_spec.rpartition('@')
            if not _:
                username, domain = addr_spec, ''
        self._display_name, self._username, self._domain = display_name, username, domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        if self._domain:
            return f'{self._username}@{self._domain}'
        return self._username or '<>'

    def __repr__(self):
        return (f'{self.__class__.__name__}(display_name={self.display_name!r}, '
                f'username={self.username!r}, domain={self.domain!r})')

    def __str__(self):
        if self.display_name:
            return f'{_quote_phrase(self.display_name)} <{self.addr_spec}>'
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and self.domain == other.domain)

    __hash__ = None


class Group:
    """A named group of addresses (display_name: addr, addr;)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses or ())

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return (f'{self.__class__.__name__}(display_name={self.display_name!r}, '
                f'addresses={self.addresses!r}')

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        members = ', '.join(str(a) for a in self.addresses)
        name = _quote_phrase(self.display_name or '')
        return f'{name}:{" " + members if members else ""};'

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses

    __hash__ = None


def _decode_words(value):
    """value with its encoded words decoded (whitespace between two of them dropped)."""
    if '=?' not in value:
        return value
    from email.header import decode_header
    parts = []
    for part, charset in decode_header(value):
        if isinstance(part, bytes):
            part = part.decode(charset or 'ascii', 'replace')
        parts.append(part)
    return ''.join(parts)


class BaseHeader(str):
    """A header value: the decoded text, plus name and defects."""

    max_count = None

    def __new__(cls, name, value):
        text, extra = cls._parse(value)
        self = str.__new__(cls, text)
        self._name = name
        self._defects = ()
        for attr, item in extra.items():
            setattr(self, attr, item)
        return self

    @classmethod
    def _parse(cls, value):
        return _decode_words(str(value)), {}

    name = property(lambda self: self._name)
    defects = property(lambda self: tuple(self._defects))

    def __reduce__(self):
        return (_rebuild_header, (self._name, str(self)))

    def fold(self, *, policy):
        """The header as written in a message (with its name and a line ending)."""
        folder = _Folder(self._name, policy)
        for lead, word in _words(str(self)):
            folder.add(lead, word)
        return folder.finish()


def _rebuild_header(name, value):
    return HeaderRegistry()(name, value)


class UnstructuredHeader(BaseHeader):
    pass


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class AddressHeader(BaseHeader):
    """To, From, Cc and the like: a list of addresses (and groups)."""

    @classmethod
    def _parse(cls, value):
        if isinstance(value, (Address, Group)):
            value = [value]
        if isinstance(value, (list, tuple)):
            groups = [v if isinstance(v, Group) else Group(None, [v]) for v in value]
        else:
            text = _decode_words(str(value))
            pairs = utils.getaddresses([text])
            groups = [Group(None, [Address(name, addr_spec=addr)]) for name, addr in pairs
                      if name or addr]
        addresses = tuple(a for g in groups for a in g.addresses)
        return ', '.join(str(g) for g in groups), {'_groups': tuple(groups),
                                                    '_addresses': addresses}

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        return self._addresses

    def fold(self, *, policy):
        folder = _Folder(self._name, policy)
        for gi, group in enumerate(self._groups):
            for ai, address in enumerate(group.addresses):
                last = gi == len(self._groups) - 1 and ai == len(group.addresses) - 1
                comma = '' if last else ','
                if address.display_name:
                    name = address.display_name
                    if name.isascii():
                        words = _words(_quote_phrase(name))
                    else:
                        words = [(' ', name)]
                    for i, (lead, word) in enumerate(words):
                        folder.add(' ' if i == 0 else lead, word)
                    folder.add(' ', f'<{address.addr_spec}>{comma}', plain=True)
                else:
                    folder.add(' ', address.addr_spec + comma, plain=True)
                folder.last_ew = None
        return folder.finish()


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(f'value of single address header {self.name} is not a '
                             'single address')
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class DateHeader(BaseHeader):
    """Date and the like: the text, and the datetime it stands for."""

    max_count = None

    @classmethod
    def _parse(cls, value):
        import datetime
        if isinstance(value, datetime.datetime):
            return utils.format_datetime(value), {'_datetime': value}
        text = str(value)
        try:
            when = utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            when = None
        return text, {'_datetime': when}

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class MIMEVersionHeader(BaseHeader):
    max_count = 1


class ParameterizedMIMEHeader(BaseHeader):
    max_count = 1

    @property
    def params(self):
        from email.message import _parse_params
        return dict(_parse_params(str(self))[1:])


class ContentTypeHeader(ParameterizedMIMEHeader):
    @property
    def content_type(self):
        return f'{self.maintype}/{self.subtype}'

    @property
    def maintype(self):
        main = str(self).split(';')[0].strip().lower()
        return main.partition('/')[0] if main.count('/') == 1 else 'text'

    @property
    def subtype(self):
        main = str(self).split(';')[0].strip().lower()
        return main.partition('/')[2] if main.count('/') == 1 else 'plain'


class ContentDispositionHeader(ParameterizedMIMEHeader):
    @property
    def content_disposition(self):
        value = str(self).split(';')[0].strip().lower()
        return value or None


class ContentTransferEncodingHeader(BaseHeader):
    max_count = 1

    @property
    def cte(self):
        return str(self).strip().lower()


class MessageIDHeader(BaseHeader):
    max_count = 1


_DEFAULT_CLASSES = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


_MADE = {}


class HeaderRegistry:
    """Makes header values of the class that suits each header name."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_DEFAULT_CLASSES) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        made = _MADE.get((cls, self.base_class))
        if made is None:
            # the header classes handed out are named after the kind, with a '_' prefix
            bases = (cls,) if issubclass(cls, self.base_class) else (cls, self.base_class)
            made = type('_' + cls.__name__, bases, {'__module__': __name__})
            _MADE[(cls, self.base_class)] = made
        return made

    def __call__(self, name, value):
        return self[name](name, value)


_REGISTRY = HeaderRegistry()


def _words(text):
    """(leading whitespace, word) pairs of text."""
    pairs = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] in ' \t':
            j += 1
        k = j
        while k < n and text[k] not in ' \t':
            k += 1
        if k == j:
            if pairs:
                pairs[-1] = (pairs[-1][0], pairs[-1][1] + text[i:j])
            else:
                pairs.append((text[i:j], ''))
            break
        pairs.append((text[i:j], text[j:k]))
        i = k
    return pairs


class _Folder:
    """Lays out a header's words on lines of at most max_line_length characters.

    A word that is not ASCII (or too long for any line) becomes an encoded word; when an
    earlier encoded word is on the same line, everything from it on is encoded as one.
    """

    def __init__(self, name, policy):
        self.maxlen = policy.max_line_length or 1000000
        self.linesep = policy.linesep
        self.utf8 = getattr(policy, 'utf8', False)
        self.head = name + ':'
        self.lines = [self.head]
        # the current line's last encoded word: (where it starts, the text it encodes, its
        # length)
        self.last_ew = None

    def _fits(self, text):
        return len(self.lines[-1]) + len(text) <= self.maxlen

    def add(self, lead, word, plain=False):
        if not lead and self.lines[-1] == self.head:
            lead = ' '
        needs_ew = not plain and not self.utf8 and not word.isascii()
        if not plain and len(' ' + word) > self.maxlen:
            needs_ew = True
        if not needs_ew:
            if self._fits(lead + word) or self.lines[-1] == self.head:
                self.lines[-1] += lead + word
            else:
                self._new_line()
                self.lines[-1] += (lead or ' ') + word
            return
        if self.last_ew is not None:
            # re-encode from the earlier encoded word on, plain text between included
            start, source, encoded_len = self.last_ew
            between = self.lines[-1][start + encoded_len:]
            self.lines[-1] = self.lines[-1][:start]
            self._place_ew('', source + between + lead + word)
        else:
            self._place_ew(lead, word)

    def _new_line(self):
        self.lines.append('')
        self.last_ew = None

    def _place_ew(self, lead, text):
        chrome = len('=?utf-8?q??=')
        if not self.lines[-1] and not lead:
            lead = ' '
        if len(self.lines[-1]) + len(lead) + chrome >= self.maxlen:
            self._new_line()
            lead = ' '
        self.lines[-1] += lead
        while text:
            space = self.maxlen - len(self.lines[-1])
            if space - chrome <= 0:
                self._new_line()
                self.lines[-1] = ' '
                continue
            chunk = text[:space - chrome]
            word = _encoded_words.encode(chunk, 'utf-8')
            while len(word) > space and chunk:
                chunk = chunk[:-1]
                word = _encoded_words.encode(chunk, 'utf-8')
            start = len(self.lines[-1])
            self.lines[-1] += word
            self.last_ew = (start, chunk, len(word))
            text = text[len(chunk):]
            if text:
                self._new_line()
                self.lines[-1] = ' '

    def finish(self):
        return self.linesep.join(self.lines) + self.linesep
