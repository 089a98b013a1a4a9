"""json.decoder for pyseal: the decoder names of CPython's json.decoder module."""

from json import JSONDecodeError, JSONDecoder

__all__ = ["JSONDecoder", "JSONDecodeError"]
