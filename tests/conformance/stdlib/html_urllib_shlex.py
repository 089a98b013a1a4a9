# html, urllib.parse and shlex: escaping/unescaping, URL splitting, joining (RFC 3986 examples),
# quoting and query strings, shell-like splitting and quoting.
import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape("<>&\"'", quote=False))
for s in ["&lt;p&gt; &amp;amp; &quot;hi&quot; &#39;q&#39; &#x27;", "&copy; 2024 &euro;5 &nbsp;x &notit; &notin; &amp", "&#128512; &#x1F600; &#0; &#150; &#xD800; &#1114112; &#1;", "&bogus; & &; &#; &#x;", "&AMP &ampx &lt3"]:
    print(repr(html.unescape(s)))
import html.entities
print(html.entities.name2codepoint["eacute"], html.entities.html5["amp;"], len(html.entities.html5))
from urllib.parse import *
import urllib.parse
urls = ["https://user:pw@Example.COM:8080/a/b;p=1/c;x?q=1&r=2#frag", "http://[::1]:80/x", "mailto:bob@x.org", "//host/path", "/just/path?x", "file:///etc/passwd", "HTTP://h/", "path/only#f", "ftp://ftp.x.org/pub;type=d", "a:b", "1http://x", "http://h:abc/", ""]
for u in urls:
    p = urlparse(u); s = urlsplit(u)
    print(p, s.geturl(), p.geturl())
    try:
        print("  ", p.hostname, p.port, p.username, p.password)
    except ValueError as e:
        print("  ValueError", e)
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "a//b", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://x.com/a/b/", "c//d/../e"), urljoin("http://x.com", "p"), urljoin("http://x.com/a", "?q=1"))
for s in ["hello world/é?&=", "a+b c", "~user/_x-y.z", "100%", ""]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(unquote(quote(s))), repr(unquote_plus(quote_plus(s))))
print(unquote("%E2%82%AC %zz %4 %C3"), unquote("%e9"), unquote_to_bytes("a%20b%FF"), quote(b"\x00\xff"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", "v1"), ("k", "v2")]), urlencode({"l": [1, 2]}, doseq=True), urlencode({"l": [1, 2]}))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&c=", keep_blank_values=True), parse_qsl("x=a+b%20c&y=%E2%82%AC"), parse_qsl("a=1;b=2", separator=";"))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"), urlunparse(("http", "h", "/p", "x", "q=1", "f")), urlunsplit(("", "", "p", "", "")))
print(urlparse("http://x/y")._replace(path="/z").geturl(), urlsplit("HTTP://X")[0])
try:
    urlparse("http://[::1/x")
except ValueError as e:
    print(e)
import shlex
cases = ['ls -l "my file.txt" \'single q\' a\\ b', 'echo "a \\"quoted\\" word" x\\y "back\\\\slash" "\\n"', "cmd --opt=val 'it'\"'\"'s' end", "a#comment b", "  spaced   out  ", 'x"y"z \'a\'b', "", "a 'b c' d\"e f\"g"]
for c in cases:
    print(shlex.split(c), shlex.split(c, comments=True))
for bad in ['"unterminated', "trailing\\"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", e)
print([shlex.quote(s) for s in ["simple", "with space", "it's", "", "a$b", "safe-./=:,@%+"]])
print(shlex.join(["echo", "hello world", "it's"]))
lex = shlex.shlex("a = b + 'c d' ; e(f)")
print(list(lex))
lex = shlex.shlex("a = b + 'c d' ; e(f)", posix=True)
print(list(lex))
lex = shlex.shlex("a && b || c; (d)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x=1 # comment\ny=2", posix=True)
lex.whitespace_split = True
print(list(lex), lex.lineno)
l2 = shlex.shlex("foo bar")
print(l2.get_token(), l2.get_token(), repr(l2.get_token()))
import shlex
for s in ["a'b c'd e", "'x'y z", "ab\"cd ef\"gh i", "a.b-c/d e!f", "foo=bar,baz", "'q' 'r's", "x'1'y'2' z", "--a=\"b c\"", "a\\ b", "\"a\\\" b\""]:
    for posix in (False, True):
        for ws in (False, True):
            l = shlex.shlex(s, posix=posix)
            l.whitespace_split = ws
            try:
                print(posix, ws, list(l))
            except ValueError as e:
                print(posix, ws, "ValueError", e)
