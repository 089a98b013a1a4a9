"""xml.etree.ElementTree for pyseal: the Element tree, an XML parser and serializer.

The parser is a small non-validating one (elements, attributes, text, CDATA, character and
the predefined entity references, namespaces as '{uri}local' names; comments, processing
instructions and the doctype are skipped), with expat's error messages for common mistakes.
"""

import io as _io
import re as _re

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist',
           'indent', 'iselement', 'iterparse', 'parse', 'ParseError', 'PI',
           'ProcessingInstruction', 'QName', 'SubElement', 'tostring', 'tostringlist',
           'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser',
           'register_namespace', 'canonicalize', 'C14NWriterTarget']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


ParseError.__module__ = 'xml.etree.ElementTree'


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and child elements."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError(f'attrib must be dict, not {attrib.__class__.__name__}')
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []
        self.text = None
        self.tail = None

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.tag!r} at {id(self):#x}>'

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    __copy__ = copy

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  Use "
                      "specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError(f'expected an Element, not {type(e).__name__}')

    def remove(self, subelement):
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        return next(_iterfind(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ''

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = f'{{{text_or_uri}}}{tag}'
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.text!r}>'

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# ---------------------------------------------------------------------------------------------
# paths (the ElementPath subset)

_TOKEN = _re.compile(r"(::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
                     r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _tokens(path, namespaces):
    for op, tag in _TOKEN.findall(path):
        if tag and tag[0] != '{' and ':' in tag and namespaces:
            prefix, uri = tag.split(':', 1)
            if prefix in namespaces:
                tag = f'{{{namespaces[prefix]}}}{uri}'
        elif tag and tag[0] != '{' and namespaces and '' in namespaces and not op:
            tag = f'{{{namespaces[""]}}}{tag}'
        yield op, tag


def _iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        raise SyntaxError('cannot use absolute path on element')
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    tokens = [t for t in _tokens(path, namespaces) if t != ('', '')]
    parent_of = None

    def parents():
        nonlocal parent_of
        if parent_of is None:
            parent_of = {c: p for p in elem.iter() for c in p}
        return parent_of

    result = [elem]
    i = 0
    while i < len(tokens):
        op, tag = tokens[i]
        if tag:
            result = [c for e in result for c in e if tag == '*' and isinstance(c.tag, str)
                      or c.tag == tag]
            i += 1
        elif op == '*':
            result = [c for e in result for c in e if isinstance(c.tag, str)]
            i += 1
        elif op == '.':
            i += 1
        elif op == '..':
            pmap = parents()
            seen = []
            for e in result:
                p = pmap.get(e)
                if p is not None and not any(p is s for s in seen):
                    seen.append(p)
            result = seen
            i += 1
        elif op == '/':
            i += 1
        elif op == '//':
            i += 1
            nop, ntag = tokens[i] if i < len(tokens) else ('', '')
            if ntag:
                select = ntag
            elif nop == '*':
                select = None
            else:
                raise SyntaxError('invalid descendant')
            out = []
            for e in result:
                for d in e.iter(select):
                    if d is not e and (select is not None or isinstance(d.tag, str)):
                        out.append(d)
            result = out
            i += 1
        elif op == '[':
            j = i + 1
            pred = []
            while j < len(tokens) and tokens[j][0] != ']':
                pred.append(tokens[j])
                j += 1
            result = _predicate(result, pred, parents)
            i = j + 1
        else:
            raise SyntaxError(f'invalid path {path!r}')
    seen = []
    for e in result:
        if not any(e is s for s in seen):
            seen.append(e)
    return iter(seen)


def _strip_quotes(value):
    if value[:1] in '\'"' and value[-1:] == value[:1]:
        return value[1:-1]
    return value


def _predicate(elems, pred, parents):
    ops = ''.join(op if op else '-' for op, _ in pred)
    tags = [tag for _, tag in pred]
    if ops == '@-':
        key = tags[1]
        return [e for e in elems if e.get(key) is not None]
    if ops in ('@-=-', '@-!=-'):
        key = tags[1]
        value = _strip_quotes(tags[-1])
        if '!=' in ops:
            return [e for e in elems if e.get(key) is not None and e.get(key) != value]
        return [e for e in elems if e.get(key) == value]
    if ops == '-' and not tags[0].lstrip('-').isdigit() and tags[0] != 'last()':
        tag = tags[0]
        return [e for e in elems if any(c.tag == tag for c in e)]
    if ops in ('-=-', '-!=-', '.=-', '.!=-'):
        value = _strip_quotes(tags[-1])
        if ops[0] == '.':
            match = lambda e: ''.join(e.itertext()) == value  # noqa: E731
        else:
            tag = tags[0]
            match = lambda e: any(c.tag == tag and ''.join(c.itertext()) == value  # noqa
                                  for c in e)
        if '!=' in ops:
            return [e for e in elems if not match(e)]
        return [e for e in elems if match(e)]
    text = ''.join(t for t in tags if t) + ''.join(op for op, _ in pred if op in '()-')
    joined = ''.join((op or '') + (tag or '') for op, tag in pred)
    if joined.isdigit() or joined.startswith('last()'):
        pmap = parents()
        groups = {}
        for e in elems:
            p = pmap.get(e)
            groups.setdefault(id(p), (p, []))[1].append(e)
        out = []
        for e in elems:
            p = pmap.get(e)
            siblings = [c for c in p if c.tag == e.tag] if p is not None else [e]
            if joined.isdigit():
                index = int(joined) - 1
                if index < 0:
                    raise SyntaxError('XPath position >= 1 expected')
            else:
                rest = joined[len('last()'):]
                index = -1 + (int(rest) if rest else 0)
            try:
                if siblings[index] is e:
                    out.append(e)
            except IndexError:
                pass
        return out
    raise SyntaxError(f'invalid predicate {text!r}')


# ---------------------------------------------------------------------------------------------
# serializing

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if _re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib(text):
    for ch, rep in (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'),
                    ('\r', '&#13;'), ('\n', '&#10;'), ('\t', '&#09;')):
        if ch in text:
            text = text.replace(ch, rep)
    return text


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        if qname[:1] == '{':
            uri, tag = qname[1:].rsplit('}', 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = f'ns{len(namespaces)}'
                if prefix != 'xml':
                    namespaces[uri] = prefix
            if prefix:
                qnames[qname] = f'{prefix}:{tag}'
            else:
                qnames[qname] = tag
        else:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace '
                                 'option')
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError(f'cannot serialize {tag!r} (type {type(tag).__name__})')
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
    return qnames, namespaces


def _serialize(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write(f'<!--{text}-->')
    elif tag is ProcessingInstruction:
        write(f'<?{text}?>')
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize(write, e, qnames, None, short_empty_elements)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ':' + k
                        write(f' xmlns{k}="{_escape_attrib(v)}"')
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(f' {qnames[k]}="{v}"')
            if text or len(elem) or not short_empty_elements:
                write('>')
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize(write, e, qnames, None, short_empty_elements)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = _io.StringIO()
    ElementTree(element).write(stream, encoding='unicode' if encoding is None else encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements,
                               _text_stream=True)
    text = stream.getvalue()
    if encoding is None or (isinstance(encoding, str) and encoding.lower() != 'unicode'):
        return text.encode(encoding or 'us-ascii', 'xmlcharrefreplace')
    return text


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Adds whitespace to the tree so that it serializes one element per line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')

    def blank(text):
        return not text or not text.strip()

    def walk(elem, depth):
        if not len(elem):
            return
        inner = '\n' + space * (depth + 1)
        if blank(elem.text):
            elem.text = inner
        for child in elem:
            walk(child, depth + 1)
            if blank(child.tail):
                child.tail = inner
        # The last child closes the line back at this element's depth.
        if blank(elem[-1].tail):
            elem[-1].tail = '\n' + space * depth

    walk(tree, level)


class ElementTree:
    """A whole document: its root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            data = source.read()
        finally:
            if close_source:
                source.close()
        if isinstance(data, bytes):
            data = data.decode('utf-8')
        self._root = (parser or XMLParser()).feed_all(data)
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True,
              _text_stream=False):
        if not encoding:
            encoding = 'us-ascii'
        chunks = []
        if xml_declaration or (xml_declaration is None and not _text_stream and
                               encoding.lower() not in ('utf-8', 'us-ascii', 'unicode')):
            declared = 'utf-8' if encoding.lower() == 'unicode' else encoding
            chunks.append(f"<?xml version='1.0' encoding='{declared}'?>\n")
        qnames, namespaces = _namespaces(self._root, default_namespace)
        _serialize(chunks.append, self._root, qnames, namespaces, short_empty_elements)
        text = ''.join(chunks)
        if hasattr(file_or_filename, 'write'):
            if _text_stream or encoding.lower() == 'unicode':
                file_or_filename.write(text)
            else:
                try:
                    file_or_filename.write(text.encode(encoding, 'xmlcharrefreplace'))
                except TypeError:
                    file_or_filename.write(text)
        else:
            if encoding.lower() == 'unicode':
                with open(file_or_filename, 'w', encoding='utf-8') as f:
                    f.write(text)
            else:
                with open(file_or_filename, 'wb') as f:
                    f.write(text.encode(encoding, 'xmlcharrefreplace'))

    def write_c14n(self, file):
        return self.write(file, method='c14n')


# ---------------------------------------------------------------------------------------------
# parsing

class TreeBuilder:
    """Builds Elements from start/data/end events."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, 'missing end tags'
        assert self._root is not None, 'missing toplevel element'
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_NAME = _re.compile(r'[^\s/>=<"\'!?]+')
_DOCTYPE = _re.compile(r'\s+([^\s\[>]+)\s*'
                       r'(?:PUBLIC\s+["\']([^"\']*)["\']\s+["\']([^"\']*)["\']\s*'
                       r'|SYSTEM\s+["\']([^"\']*)["\']\s*)?'
                       r'(?:\[(.*)\]\s*)?$', _re.S)


class XMLParser:
    """Parses XML text into an Element tree (through a TreeBuilder target)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._buffer = []
        self.version = 'Expat 2.5.0'

    def feed(self, data):
        if isinstance(data, bytes):
            data = data.decode('utf-8')
        self._buffer.append(data)

    def close(self):
        text = ''.join(self._buffer)
        self._buffer = []
        return self.feed_all(text)

    def feed_all(self, text):
        _Scanner(text, self.target).run()
        close = getattr(self.target, 'close', None)
        return close() if close is not None else None


# expat's numbers for the errors the scanner reports (ParseError.code, ExpatError.code)
_ERROR_CODES = {'syntax error': 2, 'no element found': 3, 'not well-formed (invalid token)': 4,
                'unclosed token': 5, 'mismatched tag': 7, 'duplicate attribute': 8,
                'junk after document element': 9, 'undefined entity': 11, 'unbound prefix': 27}


class _Scanner:
    """Reads a whole document and reports it to a target as start/data/end events.

    With raw=True (xml.dom.minidom) names stay as written (prefix:local), start() gets the
    attributes as an ordered list including the xmlns declarations, CDATA sections go to
    target.cdata(), and comments, processing instructions and the doctype outside the root
    element are reported too (doctype(name, public_id, system_id, internal_subset)).
    """

    def __init__(self, text, target, raw=False):
        self.raw = raw
        self.s = text
        self.i = 0
        self.target = target
        self.ns_stack = [{'xml': 'http://www.w3.org/XML/1998/namespace'}]
        self.open = []
        self.seen_root = False

    def error(self, msg, pos=None):
        pos = self.i if pos is None else pos
        line = self.s.count('\n', 0, pos) + 1
        col = pos - (self.s.rfind('\n', 0, pos) + 1)
        err = ParseError(f'{msg}: line {line}, column {col}')
        err.code = _ERROR_CODES.get(msg, 1)
        err.position = (line, col)
        return err

    def run(self):
        s = self.s
        n = len(s)
        if s.startswith('\ufeff'):
            self.i = 1
        while self.i < n:
            lt = s.find('<', self.i)
            if lt < 0:
                self.text(s[self.i:], self.i)
                self.i = n
                break
            if lt > self.i:
                self.text(s[self.i:lt], self.i)
            self.i = lt
            if s.startswith('<!--', lt):
                end = s.find('-->', lt + 4)
                if end < 0:
                    raise self.error('unclosed token', lt)
                if (self.open or self.raw) and hasattr(self.target, 'comment'):
                    self.target.comment(s[lt + 4:end])
                self.i = end + 3
            elif s.startswith('<![CDATA[', lt):
                end = s.find(']]>', lt + 9)
                if end < 0:
                    raise self.error('unclosed token', lt)
                if not self.open:
                    raise self.error('syntax error', lt)
                if self.raw:
                    self.target.cdata(s[lt + 9:end])
                else:
                    self.target.data(s[lt + 9:end])
                self.i = end + 3
            elif s.startswith('<?', lt):
                end = s.find('?>', lt + 2)
                if end < 0:
                    raise self.error('unclosed token', lt)
                body = s[lt + 2:end]
                wanted = self.open or (self.raw and not body.startswith('xml '))
                if wanted and hasattr(self.target, 'pi'):
                    target, _, rest = body.partition(' ')
                    self.target.pi(target, rest.strip() or None)
                self.i = end + 2
            elif s.startswith('<!DOCTYPE', lt):
                depth = 0
                j = lt
                while j < n:
                    ch = s[j]
                    if ch == '[':
                        depth += 1
                    elif ch == ']':
                        depth -= 1
                    elif ch == '>' and depth <= 0:
                        break
                    j += 1
                if self.raw:
                    self.doctype(s[lt + 9:j])
                self.i = j + 1
            elif s.startswith('</', lt):
                self.end_tag()
            else:
                self.start_tag()
        if self.open:
            raise self.error('no element found', n)
        if not self.seen_root:
            raise self.error('no element found', n)

    def text(self, chunk, pos):
        if not self.open:
            if chunk.strip():
                if self.seen_root:
                    raise self.error('junk after document element', pos + len(chunk) -
                                     len(chunk.lstrip()))
                # expat: a word that runs straight into the root's '<' is an invalid
                # token there; any other junk before the root is a syntax error where it
                # starts
                start = pos + len(chunk) - len(chunk.lstrip())
                one_word = len(chunk.split()) == 1 and not chunk[-1].isspace()
                if one_word and self.s.startswith('<', pos + len(chunk)):
                    raise self.error('not well-formed (invalid token)', pos + len(chunk))
                raise self.error('syntax error', start)
            return
        self.target.data(self.unescape(chunk, pos))

    def unescape(self, chunk, pos):
        if '&' not in chunk:
            return chunk.replace('\r\n', '\n')
        out = []
        i = 0
        while True:
            amp = chunk.find('&', i)
            if amp < 0:
                out.append(chunk[i:])
                break
            out.append(chunk[i:amp])
            semi = chunk.find(';', amp)
            if semi < 0:
                raise self.error('not well-formed (invalid token)', pos + amp)
            ref = chunk[amp + 1:semi]
            if ref.startswith('#x'):
                out.append(chr(int(ref[2:], 16)))
            elif ref.startswith('#'):
                out.append(chr(int(ref[1:])))
            elif ref in _ENTITIES:
                out.append(_ENTITIES[ref])
            else:
                raise self.error('undefined entity', pos + amp)
            i = semi + 1
        return ''.join(out).replace('\r\n', '\n')

    def qualify(self, name, is_attr, pos):
        prefix, colon, local = name.partition(':')
        if not colon:
            if is_attr:
                return name
            uri = self.ns_stack[-1].get('')
            return f'{{{uri}}}{name}' if uri else name
        uri = self.ns_stack[-1].get(prefix)
        if uri is None:
            raise self.error('unbound prefix', pos)
        return f'{{{uri}}}{local}'

    def start_tag(self):
        s = self.s
        start = self.i
        m = _NAME.match(s, start + 1)
        if not m:
            raise self.error('not well-formed (invalid token)', start + 1)
        if self.seen_root and not self.open:
            raise self.error('junk after document element', start)
        name = m.group()
        j = m.end()
        raw_attrs = []
        while True:
            while j < len(s) and s[j] in ' \t\r\n':
                j += 1
            if j >= len(s):
                raise self.error('unclosed token', start)
            if s.startswith('/>', j):
                empty = True
                j += 2
                break
            if s[j] == '>':
                empty = False
                j += 1
                break
            am = _NAME.match(s, j)
            if not am:
                raise self.error('not well-formed (invalid token)', j)
            aname = am.group()
            k = am.end()
            while k < len(s) and s[k] in ' \t\r\n':
                k += 1
            if k >= len(s) or s[k] != '=':
                raise self.error('not well-formed (invalid token)', k)
            k += 1
            while k < len(s) and s[k] in ' \t\r\n':
                k += 1
            if k >= len(s) or s[k] not in '"\'':
                raise self.error('not well-formed (invalid token)', k)
            quote = s[k]
            end = s.find(quote, k + 1)
            if end < 0:
                raise self.error('unclosed token', start)
            value = self.unescape(s[k + 1:end], k + 1)
            value = value.replace('\n', ' ').replace('\t', ' ')
            if any(a == aname for a, _, _ in raw_attrs):
                raise self.error('duplicate attribute', j)
            raw_attrs.append((aname, value, j))
            j = end + 1
        scope = dict(self.ns_stack[-1])
        for aname, value, _ in raw_attrs:
            if aname == 'xmlns':
                scope[''] = value
            elif aname.startswith('xmlns:'):
                scope[aname[6:]] = value
        self.ns_stack.append(scope)
        attrs = {}
        for aname, value, _ in raw_attrs:
            if aname == 'xmlns' or aname.startswith('xmlns:'):
                continue
            attrs[self.qualify(aname, True, start)] = value
        tag = self.qualify(name, False, start)
        if self.raw:
            tag = name
            self.target.start(name, [(aname, value) for aname, value, _ in raw_attrs])
        else:
            self.target.start(tag, attrs)
        self.seen_root = True
        self.i = j
        if empty:
            self.target.end(tag)
            self.ns_stack.pop()
        else:
            self.open.append((name, tag))

    def doctype(self, body):
        m = _DOCTYPE.match(body)
        if m is None:
            raise self.error('syntax error', self.i)
        name, public_id, system_id, system_only, subset = m.groups()
        self.target.doctype(name, public_id, system_id or system_only, subset)

    def end_tag(self):
        s = self.s
        start = self.i
        m = _NAME.match(s, start + 2)
        close = s.find('>', start)
        if not m or close < 0:
            raise self.error('unclosed token' if close < 0 else
                             'not well-formed (invalid token)', start)
        name = m.group()
        if not self.open or self.open[-1][0] != name:
            raise self.error('mismatched tag', start + 2)
        _, tag = self.open.pop()
        self.target.end(tag)
        self.ns_stack.pop()
        self.i = close + 1


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._wanted = tuple(events or ('end',))
        self._data = []

    def feed(self, data):
        self._data.append(data.decode('utf-8') if isinstance(data, bytes) else data)

    def close(self):
        self._collect()

    def _collect(self):
        text = ''.join(self._data)
        self._data = []
        if not text:
            return
        wanted = self._wanted
        events = self._events

        class _Target(TreeBuilder):
            def start(inner, tag, attrs):
                elem = TreeBuilder.start(inner, tag, attrs)
                if 'start' in wanted:
                    events.append(('start', elem))
                return elem

            def end(inner, tag):
                elem = TreeBuilder.end(inner, tag)
                if 'end' in wanted:
                    events.append(('end', elem))
                return elem

        XMLParser(target=_Target()).feed_all(text)

    def read_events(self):
        self._collect()
        events = self._events
        while events:
            yield events.pop(0)


def iterparse(source, events=None, parser=None):
    close_source = False
    if not hasattr(source, 'read'):
        source = open(source, 'rb')
        close_source = True
    try:
        pull = XMLPullParser(events)
        pull.feed(source.read())
        pull.close()
        yield from pull.read_events()
    finally:
        if close_source:
            source.close()


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id_ = elem.get('id')
        if id_:
            ids[id_] = elem
    return tree, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('pyseal: canonicalize is not available')


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('pyseal: C14NWriterTarget is not available')


for _c in (Element, ElementTree, TreeBuilder, XMLParser, QName):
    _c.__module__ = 'xml.etree.ElementTree'
del _c
