s = "héllo wörld €😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252", "ascii", "utf-8-sig", "unicode_escape", "raw_unicode_escape", "utf-7", "cp437", "iso8859-15", "mac-roman", "koi8-r", "cp850", "punycode"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
        try:
            b = s.encode(enc, err)
            try:
                back = b.decode(enc, "strict")
            except Exception as e:
                back = f"{type(e).__name__}: {e}"
            print(enc, err, b[:40], repr(back)[:50])
        except Exception as e:
            print(enc, err, type(e).__name__, str(e)[:120])
raw = b"\xef\xbb\xbfA\xff\xfe\x80\xc3(\xed\xa0\x80z"
for enc in ["utf-8", "utf-8-sig", "latin-1", "cp1252", "ascii", "utf-16", "utf-16-le", "utf-32"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(enc, err, ascii(raw.decode(enc, err)))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, repr(e.object))
try:
    b"ab\xffcd".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, e.object)
print("abc\n\t\x00é\u1234\U0001f600".encode("unicode_escape"), b"\\u00e9\\n\\x41".decode("unicode_escape"), "é".encode("raw_unicode_escape"))
import codecs
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "x".encode("utf_16"), len("😀".encode("utf-16-le")))
try:
    codecs.lookup("nonexistent-codec")
except LookupError as e:
    print(e)
