"""email.errors for pyseal: the exceptions of the email package and the defects a parser
records on messages (Message.defects)."""


class MessageError(Exception):
    """Base of the email package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A message could not be converted to a multipart."""


class CharsetError(MessageError):
    """An illegal charset was given."""


class HeaderWriteError(MessageError):
    """A header could not be written."""


class MessageDefect(ValueError):
    """A flaw found while parsing a message."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary of a multipart message never appears."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """The closing boundary of a multipart message is missing."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line in the middle of the headers."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header where a header was expected."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A message claims to be multipart but is not."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart part with a transfer encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """Bytes that cannot be decoded in a header."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 data with missing padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 data with characters outside the alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 data of an impossible length."""


class HeaderDefect(MessageDefect):
    """A flaw in a header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header that cannot be parsed as its kind requires."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header without the value it must have."""


class NonPrintableDefect(HeaderDefect):
    """A header with non-printable ASCII characters."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return f'the following ASCII non-printables found in header: {self.non_printables}'


class ObsoleteHeaderDefect(HeaderDefect):
    """A header written in an obsolete syntax."""


class NonASCIILocalPartDefect(HeaderDefect):
    """A local part of an address with non-ASCII characters."""


class InvalidDateDefect(HeaderDefect):
    """A header with an invalid date."""
