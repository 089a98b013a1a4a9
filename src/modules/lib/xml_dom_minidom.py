"""xml.dom.minidom for pyseal: a small DOM tree, its parser and its serializer.

Every node keeps its parent, its owner document, its children (a NodeList) and links to its
siblings; the mutating methods (appendChild, insertBefore, removeChild, replaceChild) keep
those links right. Documents are read by the XML scanner shared with ElementTree, in its raw
mode (names as written, attributes in document order). The serializer writes what
CPython's minidom writes, including toprettyxml's treatment of whitespace text.
"""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr, InuseAttributeErr, WrongDocumentErr,
                     NotSupportedErr, IndexSizeErr)
from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Text',
           'Comment', 'CDATASection', 'ProcessingInstruction', 'Attr', 'DocumentFragment',
           'DocumentType', 'Node', 'NamedNodeMap']


def _escape(data):
    return (data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;')
            .replace('>', '&gt;'))


def _write_escaped(writer, data):
    if data:
        writer.write(_escape(data))


def _split_qname(qname):
    prefix, colon, local = qname.partition(':')
    if colon:
        return prefix, local
    return EMPTY_PREFIX, qname


class Node(xml.dom.Node):
    """What all minidom nodes share: tree links and serialization."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    # --- serialization ---

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors='xmlcharrefreplace', newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        writer.flush()
        return writer.detach().getvalue()

    # --- tree structure ---

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    def _refuse_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise HierarchyRequestErr(f'{node!r} cannot be child of {self!r}')

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._refuse_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        try:
            index = _index_of(self.childNodes, refChild)
        except ValueError:
            raise NotFoundErr() from None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = _index_of(self.childNodes, refChild)
        self.childNodes.insert(index, newChild)
        newChild.parentNode = self
        newChild.previousSibling = refChild.previousSibling
        newChild.nextSibling = refChild
        if refChild.previousSibling is not None:
            refChild.previousSibling.nextSibling = newChild
        refChild.previousSibling = newChild
        return newChild

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._refuse_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children = self.childNodes
        last = children[-1] if children else None
        node.previousSibling = last
        node.nextSibling = None
        if last is not None:
            last.nextSibling = node
        children.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            following = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, following)
        self._refuse_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = _index_of(self.childNodes, oldChild)
        except ValueError:
            raise NotFoundErr() from None
        self.childNodes[index] = newChild
        newChild.parentNode = self
        newChild.previousSibling = oldChild.previousSibling
        newChild.nextSibling = oldChild.nextSibling
        if newChild.previousSibling is not None:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling is not None:
            newChild.nextSibling.previousSibling = newChild
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def removeChild(self, oldChild):
        try:
            index = _index_of(self.childNodes, oldChild)
        except ValueError:
            raise NotFoundErr() from None
        del self.childNodes[index]
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def normalize(self):
        """Merges adjacent text nodes and drops empty ones, all the way down."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        previous = None
        for child in kept:
            child.previousSibling = previous
            child.nextSibling = None
            if previous is not None:
                previous.nextSibling = child
            previous = child
        self.childNodes[:] = kept

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def _get_localName(self):
        return self.localName if hasattr(self, 'localName') else None

    def unlink(self):
        """Breaks the links of this subtree (for a quicker collection)."""
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _index_of(children, node):
    for i, child in enumerate(children):
        if child is node:
            return i
    raise ValueError


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute; its value is its data (attributes here have no child nodes)."""

    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self._name = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        if localName is not None:
            self._localName = localName
        self.childNodes = NodeList()
        self._value = ''

    @property
    def name(self):
        return self._name

    @property
    def nodeName(self):
        return self._name

    @property
    def localName(self):
        if '_localName' in self.__dict__:
            return self._localName
        return self._name.split(':', 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    nodeValue = value

    def _get_name(self):
        return self._name

    def _get_value(self):
        return self._value

    @property
    def isId(self):
        return self._is_id

    @property
    def schemaType(self):
        return None

    def unlink(self):
        element = self.ownerElement
        if element is not None:
            element._attrs.pop(self._name, None)
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """An element's attributes: a mapping from qualified name to Attr."""

    __slots__ = ('_attrs', '_ownerElement')

    def __init__(self, attrs, ownerElement):
        self._attrs = attrs
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def _get_length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(attr.nodeName, attr.value) for attr in self._attrs.values()]

    def itemsNS(self):
        return [((attr.namespaceURI, attr.localName), attr.value)
                for attr in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(attr.namespaceURI, attr.localName) for attr in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        if isinstance(key, StringTypes):
            return key in self._attrs
        return any((attr.namespaceURI, attr.localName) == tuple(key)
                   for attr in self._attrs.values())

    def __eq__(self, other):
        return self._attrs is getattr(other, '_attrs', None)

    __hash__ = None

    def __getitem__(self, name):
        if isinstance(name, tuple):
            return self.getNamedItemNS(*name) or _raise_key(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, StringTypes):
            self._ownerElement.setAttribute(name, value)
        else:
            if not isinstance(value, Attr):
                raise TypeError('value must be a string or Attr object')
            self.setNamedItem(value)

    def __delitem__(self, name):
        self.removeNamedItem(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def setNamedItem(self, node):
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self._ownerElement.removeAttributeNode(attr)
        return attr

    def removeNamedItemNS(self, namespaceURI, localName):
        attr = self.getNamedItemNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self._ownerElement.removeAttributeNode(attr)
        return attr


AttributeList = NamedNodeMap


def _raise_key(key):
    raise KeyError(key)


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    schemaType = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}
        if localName is not None:
            self._localName = localName

    @property
    def localName(self):
        if '_localName' in self.__dict__:
            return self._localName
        return self.tagName.split(':', 1)[-1]

    def _get_localName(self):
        return self.localName

    def _get_tagName(self):
        return self.tagName

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self)

    def _get_attributes(self):
        return self.attributes

    def __repr__(self):
        return f'<DOM Element: {self.tagName} at {id(self):#x}>'

    def hasAttributes(self):
        return bool(self._attrs)

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return '' if attr is None else attr.value

    def getAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        return '' if attr is None else attr.value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.value = value
            self.setAttributeNode(attr)
        elif attr.value != value:
            attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, local)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix)
            attr.ownerDocument = self.ownerDocument
            attr.value = value
            self.setAttributeNode(attr)
        else:
            attr.value = value
            if attr.name != qualifiedName:
                self._attrs.pop(attr.name, None)
                attr._name = qualifiedName
                attr._prefix = prefix
                self._attrs[qualifiedName] = attr

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr('attribute node already owned')
        old = self._attrs.get(attr.name)
        if old is not None and old is not attr:
            old.ownerElement = None
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def setIdAttribute(self, name):
        self._attrs[name]._is_id = True

    def setIdAttributeNS(self, namespaceURI, localName):
        self.getAttributeNodeNS(namespaceURI, localName)._is_id = True

    def setIdAttributeNode(self, idAttr):
        idAttr._is_id = True

    def getElementsByTagName(self, name):
        return _descendants_named(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _descendants_named_ns(self, namespaceURI, localName, NodeList())

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(f' {name}="')
            _write_escaped(writer, attr.value)
            writer.write('"')
        children = self.childNodes
        if not children:
            writer.write('/>' + newl)
            return
        writer.write('>')
        if len(children) == 1 and children[0].nodeType in (Node.TEXT_NODE,
                                                            Node.CDATA_SECTION_NODE):
            children[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write(f'</{self.tagName}>{newl}')

    def unlink(self):
        for attr in list(self._attrs.values()):
            attr.ownerElement = None
        self._attrs = {}
        Node.unlink(self)


def _descendants_named(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == '*' or node.tagName == name:
                found.append(node)
            _descendants_named(node, name, found)
    return found


def _descendants_named_ns(parent, namespaceURI, localName, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if ((localName == '*' or node.localName == localName) and
                    (namespaceURI == '*' or node.namespaceURI == namespaceURI)):
                found.append(node)
            _descendants_named_ns(node, namespaceURI, localName, found)
    return found


class Childless:
    """Mixin of the nodes that never have children."""

    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _get_firstChild(self):
        return None

    def _get_lastChild(self):
        return None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + ' nodes cannot have children')

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + ' nodes do not have children')

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + ' nodes do not have children')

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + ' nodes do not have children')


class ProcessingInstruction(Childless, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(f'{indent}<?{self.target} {self.data}?>{newl}')


class CharacterData(Childless, Node):
    """Text, comments and CDATA sections: nodes made of a string."""

    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        data = self._data
        more = '...' if len(data) > 10 else ''
        return f'<DOM {self.__class__.__name__} node "{data[:10]!r}{more}">'

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise IndexSizeErr('offset cannot be negative')
        if offset >= len(self._data):
            raise IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise IndexSizeErr('count cannot be negative')

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data = self._data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self._data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + arg + self._data[offset + count:]


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self._data):
            raise IndexSizeErr('illegal offset value')
        rest = self.__class__()
        rest.data = self._data[offset:]
        rest.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None and self in parent.childNodes:
            following = self.nextSibling
            if following is None:
                parent.appendChild(rest)
            else:
                parent.insertBefore(rest, following)
        self.data = self._data[:offset]
        return rest

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_escaped(writer, f'{indent}{self._data}{newl}')

    @property
    def wholeText(self):
        """The text of this node and its adjacent text siblings."""
        first = self
        while (first.previousSibling is not None and
               first.previousSibling.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
            first = first.previousSibling
        parts = []
        node = first
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return ''.join(parts)

    @property
    def isWhitespaceInElementContent(self):
        return False


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self._data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f'{indent}<!--{self._data}-->{newl}')


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self._data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f'<![CDATA[{self._data}]]>')


class DocumentType(Childless, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = NamedNodeMap({}, self)
        self.notations = NamedNodeMap({}, self)
        if qualifiedName:
            self.name = _split_qname(qualifiedName)[1]
        self.nodeName = self.name

    def _get_internalSubset(self):
        return self.internalSubset

    def writexml(self, writer, indent='', addindent='', newl=''):
        parts = ['<!DOCTYPE ', self.name]
        if self.publicId:
            parts.append(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            parts.append(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            parts.append(f' [{self.internalSubset}]')
        parts.append('>' + newl)
        writer.write(''.join(parts))


class DOMImplementation:
    _features = [('core', '1.0'), ('core', '2.0'), ('core', None), ('xml', '1.0'),
                 ('xml', '2.0'), ('xml', None), ('ls-load', '3.0'), ('ls-load', None)]

    def hasFeature(self, feature, version):
        if version == '':
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr('doctype object owned by another DOM tree')
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
            doc.doctype = doctype
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr('Element with no name')
        prefix, _ = _split_qname(qualifiedName)
        if prefix == 'xml' and namespaceURI != XML_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise xml.dom.NamespaceErr('illegal use of prefix without namespaces')
        doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    attributes = None
    parentNode = None
    ownerDocument = None
    previousSibling = nextSibling = None
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    implementation = DOMImplementation()
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def appendChild(self, node):
        self._refuse_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = self.implementation.createDocument(None, None, None)
        for attr in ('encoding', 'standalone', 'version'):
            setattr(clone, attr, getattr(self, attr))
        for child in self.childNodes:
            copied = _clone(child, True, clone)
            clone.childNodes.append(copied)
            copied.parentNode = clone
            if child is self.doctype:
                clone.doctype = copied
        _relink(clone.childNodes)
        return clone

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        text = Text()
        text.data = data
        return self._own(text)

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        section = CDATASection()
        section.data = data
        return self._own(section)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def getElementById(self, elementId):
        for node in _descendants_named(self, '*', NodeList()):
            for attr in node._attrs.values():
                if attr._is_id and attr.value == elementId:
                    return node
        return None

    def getElementsByTagName(self, name):
        return _descendants_named(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _descendants_named_ns(self, namespaceURI, localName, NodeList())

    def importNode(self, node, deep):
        if node.nodeType == Node.DOCUMENT_NODE:
            raise NotSupportedErr('cannot import document nodes')
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            raise NotSupportedErr('cannot import document type nodes')
        return _clone(node, deep, self)

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None,
                 standalone=None):
        settings = []
        if encoding:
            settings.append(f'encoding="{encoding}"')
        if standalone is not None:
            settings.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(settings)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _relink(children):
    previous = None
    for child in children:
        child.previousSibling = previous
        child.nextSibling = None
        if previous is not None:
            previous.nextSibling = child
        previous = child


def _clone(node, deep, document):
    """A copy of node owned by document (children too when deep)."""
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        copy = Element(node.tagName, node.namespaceURI, node.prefix,
                       node.__dict__.get('_localName'))
        for name, attr in node._attrs.items():
            new_attr = Attr(attr.name, attr.namespaceURI, attr.__dict__.get('_localName'),
                            attr.prefix)
            new_attr.value = attr.value
            new_attr.ownerDocument = document
            new_attr._is_id = attr._is_id
            new_attr.ownerElement = copy
            copy._attrs[name] = new_attr
    elif kind == Node.DOCUMENT_FRAGMENT_NODE:
        if not deep:
            copy = DocumentFragment()
            copy.ownerDocument = document
            return copy
        copy = DocumentFragment()
    elif kind in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
        copy = node.__class__()
        copy.data = node.data
    elif kind == Node.COMMENT_NODE:
        copy = Comment(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        copy = ProcessingInstruction(node.target, node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        copy = Attr(node.name, node.namespaceURI, node.__dict__.get('_localName'), node.prefix)
        copy.value = node.value
        copy.specified = True
    elif kind == Node.DOCUMENT_TYPE_NODE:
        copy = DocumentType(node.name)
        copy.publicId = node.publicId
        copy.systemId = node.systemId
        copy.internalSubset = node.internalSubset
    else:
        raise NotSupportedErr(f'Cannot clone node {node!r}')
    copy.ownerDocument = document
    if deep and kind in (Node.ELEMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE):
        for child in node.childNodes:
            child_copy = _clone(child, True, document)
            copy.childNodes.append(child_copy)
            child_copy.parentNode = copy
        _relink(copy.childNodes)
    return copy


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    """The minidom DOMImplementation (createDocument, createDocumentType, hasFeature)."""
    return _implementation


# --- parsing ---

class _Builder:
    """Target of the shared XML scanner (raw mode): builds a Document, resolving
    namespace declarations the way expat's namespace mode does for minidom."""

    def __init__(self):
        self.document = Document()
        self.stack = [self.document]
        self.scopes = [{'xml': XML_NAMESPACE}]

    def _add(self, node):
        parent = self.stack[-1]
        node.ownerDocument = self.document
        children = parent.childNodes
        if children:
            node.previousSibling = children[-1]
            children[-1].nextSibling = node
        children.append(node)
        node.parentNode = parent

    def start(self, name, attrs):
        scope = self.scopes[-1]
        declarations = [(a, v) for a, v in attrs if a == 'xmlns' or a.startswith('xmlns:')]
        if declarations:
            scope = dict(scope)
            for a, v in declarations:
                scope['' if a == 'xmlns' else a[6:]] = v or None
        self.scopes.append(scope)
        prefix, local = _split_qname(name)
        element = Element(name, scope.get(prefix or ''), prefix, local)
        # expat reports namespace declarations before the other attributes
        for a, v in declarations + [(a, v) for a, v in attrs
                                    if not (a == 'xmlns' or a.startswith('xmlns:'))]:
            if a == 'xmlns' or a.startswith('xmlns:'):
                attr = Attr(a, XMLNS_NAMESPACE, 'xmlns' if a == 'xmlns' else a[6:],
                            'xmlns' if a != 'xmlns' else None)
            else:
                aprefix, alocal = _split_qname(a)
                attr = Attr(a, scope.get(aprefix) if aprefix else EMPTY_NAMESPACE, alocal,
                            aprefix)
            attr.value = v
            attr.ownerDocument = self.document
            attr.ownerElement = element
            element._attrs[a] = attr
        self._add(element)
        self.stack.append(element)

    def end(self, name):
        self.stack.pop()
        self.scopes.pop()

    def data(self, text):
        parent = self.stack[-1]
        children = parent.childNodes
        if children and children[-1].__class__ is Text:
            children[-1]._data = children[-1]._data + text
            return
        node = Text()
        node._data = text
        self._add(node)

    def cdata(self, text):
        node = CDATASection()
        node._data = text
        self._add(node)

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, text=None):
        self._add(ProcessingInstruction(target, text or ''))

    def doctype(self, name, public_id, system_id, internal_subset):
        doctype = DocumentType(name)
        doctype.publicId = public_id
        doctype.systemId = system_id
        doctype.internalSubset = internal_subset
        self._add(doctype)
        self.document.doctype = doctype


def _parse_text(text):
    from xml.etree.ElementTree import _Scanner, ParseError
    from xml.parsers.expat import ExpatError
    builder = _Builder()
    try:
        _Scanner(text, builder, raw=True).run()
    except ParseError as e:
        error = ExpatError(str(e))
        error.code = e.code
        error.lineno, error.offset = e.position
        raise error from None
    return builder.document


def _as_text(data):
    if isinstance(data, (bytes, bytearray)):
        data = bytes(data)
        head = data[:100]
        if head.startswith(b'<?xml'):
            end = head.find(b'?>')
            declared = head[:end] if end >= 0 else head
            marker = declared.find(b'encoding=')
            if marker >= 0:
                quote = declared[marker + 9:marker + 10]
                close = declared.find(quote, marker + 10)
                if close > 0:
                    return data.decode(declared[marker + 10:close].decode('ascii'))
        return data.decode('utf-8')
    return data


def parseString(string, parser=None):
    """Parses a document from a str or bytes."""
    if parser is not None:
        raise NotSupportedErr('custom SAX parsers are not supported')
    return _parse_text(_as_text(string))


def parse(file, parser=None, bufsize=None):
    """Parses a document from a file name or a file object."""
    if parser is not None:
        raise NotSupportedErr('custom SAX parsers are not supported')
    if isinstance(file, (str, bytes)) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as f:
            data = f.read()
    else:
        data = file.read()
    return _parse_text(_as_text(data))
