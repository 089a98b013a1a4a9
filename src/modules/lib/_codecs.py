"""_codecs for pyseal: the codec functions codecs re-exports (pickles name them here)."""

from codecs import (encode, decode, lookup, register, escape_decode, escape_encode,
                    utf_8_encode, utf_8_decode, latin_1_encode, latin_1_decode, ascii_encode,
                    ascii_decode, lookup_error, register_error)
