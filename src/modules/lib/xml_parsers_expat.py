"""xml.parsers.expat for pyseal: the parse error the XML modules raise, with expat's error
codes and messages. There is no expat here; ParserCreate is not provided."""

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'


class ExpatError(Exception):
    """A document that is not well-formed: code, lineno and offset say what and where."""


error = ExpatError


class errors:
    """Expat's error messages, by name."""
    XML_ERROR_NO_MEMORY = 'out of memory'
    XML_ERROR_SYNTAX = 'syntax error'
    XML_ERROR_NO_ELEMENTS = 'no element found'
    XML_ERROR_INVALID_TOKEN = 'not well-formed (invalid token)'
    XML_ERROR_UNCLOSED_TOKEN = 'unclosed token'
    XML_ERROR_PARTIAL_CHAR = 'partial character'
    XML_ERROR_TAG_MISMATCH = 'mismatched tag'
    XML_ERROR_DUPLICATE_ATTRIBUTE = 'duplicate attribute'
    XML_ERROR_JUNK_AFTER_DOC_ELEMENT = 'junk after document element'
    XML_ERROR_UNDEFINED_ENTITY = 'undefined entity'
    XML_ERROR_UNBOUND_PREFIX = 'unbound prefix'
    codes = {}
    messages = {}


for _name, _code in (('XML_ERROR_NO_MEMORY', 1), ('XML_ERROR_SYNTAX', 2),
                     ('XML_ERROR_NO_ELEMENTS', 3), ('XML_ERROR_INVALID_TOKEN', 4),
                     ('XML_ERROR_UNCLOSED_TOKEN', 5), ('XML_ERROR_PARTIAL_CHAR', 6),
                     ('XML_ERROR_TAG_MISMATCH', 7), ('XML_ERROR_DUPLICATE_ATTRIBUTE', 8),
                     ('XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 9),
                     ('XML_ERROR_UNDEFINED_ENTITY', 11), ('XML_ERROR_UNBOUND_PREFIX', 27)):
    errors.codes[getattr(errors, _name)] = _code
    errors.messages[_code] = getattr(errors, _name)
del _name, _code


def ErrorString(code):
    """Expat's message for an error code."""
    return errors.messages.get(code)
