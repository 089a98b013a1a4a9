# codecs (lookup, text and bytes codecs, incremental decoding, error handlers), the
# unicode_escape and raw_unicode_escape codecs, and copy beside object.__reduce_ex__.
import codecs
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9", "utf-8"), codecs.BOM_UTF8, codecs.getencoder("ascii")("x"), codecs.escape_decode(b"a\\nb\\x41"))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€".encode()], dec.decode(b"", final=True))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")), list(codecs.iterencode(["a", "é"], "utf-8")))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError", e)
print(codecs.lookup_error("strict").__name__, "é".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"))
import copy
class A:
    def __init__(self): self.v = [1]
a = A(); b = copy.deepcopy(a); c = copy.copy(a)
print(b.v, b.v is a.v, c.v is a.v, A().__reduce_ex__(2)[1:3], hasattr(object, "__reduce_ex__"))
for s in ["abc", "tab\there\nnl\\back'q\"", "é", "€", "😀", "\x00\x7f\x80", ""]:
    print(repr(s.encode("unicode_escape")), repr(s.encode("raw_unicode_escape")), repr(s.encode("unicode_escape").decode("unicode_escape")), repr(s.encode("raw_unicode_escape").decode("raw_unicode_escape")))
for b in [b"a\\nb", b"\\x41\\u00e9\\U0001F600", b"\\101\\7", b"\\q", b"x\\", b"\\x4", b"\\u12", b"\\\\u0041", b"\\u0041", b"\\\\\\u0041", b"\xe9"]:
    for codec in ["unicode_escape", "raw_unicode_escape"]:
        try:
            print(codec, repr(b.decode(codec)))
        except UnicodeDecodeError as e:
            print(codec, "UnicodeDecodeError", e)
