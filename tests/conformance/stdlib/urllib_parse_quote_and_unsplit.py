# urllib.parse: urlunsplit/urlunparse for every combination of empty parts and netloc schemes,
# quote/quote_plus on str, bytes and bytearray with safe sets, encodings and their errors.
import urllib.parse as up
cases = [("http", "example.com", "/a/b", "q=1", "f"), ("http", "", "a/b", "", ""), ("", "", "a/b", "", ""),
         ("file", "", "/etc/x", "", ""), ("file", "", "etc/x", "", ""), ("mailto", "", "joe@x.org", "", ""),
         ("http", "h", "", "", ""), ("http", "h", "p", "", ""), ("https", "", "//double", "", ""),
         ("", "net", "", "q", ""), ("ftp", None, "x", "", ""), ("", "", "", "", "frag"), ("sip", "", "a:b", "x", "y"),
         ("http", "", "", "", ""), ("svn+ssh", "", "", "", "")]
for c in cases:
    try:
        print(c, repr(up.urlunsplit(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
print(up.urlunparse(("http", "h", "/p", "a=1", "q", "f")), up.urlunsplit(up.urlsplit("HTTP://u:p@H:80/x?y#z")))
for u in ["http://a/b/c/d;p?q", "g:h", "//g", "", "mailto:x", "http:g"]:
    print(repr(up.urljoin("http://a/b/c/d;p?q", u)))
for s in ["", "abc", "a b", "a+b", "/path with/ü€", "~_.-", "%41", "a&b=c"]:
    print(repr(up.quote(s)), repr(up.quote(s, safe="")), repr(up.quote_plus(s)), repr(up.quote_plus(s, safe="/")), repr(up.quote(s, safe="& ")))
for b in [b"", b"a b", b"\xff\x00 /", bytearray(b"x y")]:
    print(repr(up.quote(b)), repr(up.quote_plus(b)), repr(up.quote_plus(b, safe=b"/")))
print(up.quote("é", encoding="latin-1"), up.quote("é€", encoding="latin-1", errors="replace"), up.quote_plus("é x", encoding="latin-1"))
for call in [lambda: up.quote(b"x", encoding="utf-8"), lambda: up.quote(b"x", errors="strict"), lambda: up.quote(b"x", encoding="a", errors="b"),
             lambda: up.quote(5), lambda: up.quote_plus(5), lambda: up.quote("é", encoding="ascii"), lambda: up.quote("x", encoding=""),
             lambda: up.quote_plus(b"a b", safe="/"), lambda: up.quote_plus("a b", safe=b"/"), lambda: up.quote(None), lambda: up.quote("é", encoding="")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(up.urlencode({"a": "x y", "b": ["1", "2"]}, doseq=True), up.urlencode([("k", "v&w")], quote_via=up.quote))
