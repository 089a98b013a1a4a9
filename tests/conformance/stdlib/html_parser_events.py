# html.parser on odd markup: positions, start tag text, bogus comments, CDATA elements.
from html.parser import HTMLParser
class D(HTMLParser):
    def handle_starttag(self, tag, attrs): print("S", tag, attrs, self.getpos(), repr(self.get_starttag_text()))
    def handle_endtag(self, tag): print("E", tag, self.getpos())
    def handle_data(self, d): print("D", repr(d), self.getpos())
    def handle_comment(self, d): print("C", repr(d))
    def handle_decl(self, d): print("DECL", repr(d))
    def handle_pi(self, d): print("PI", repr(d))
    def unknown_decl(self, d): print("U", repr(d))
for doc in ["<a href=x/>t</a>", "<p <b>x</b>", "<!-- open", "</ p>", "</>", "<br/ >", "<a title=\"a&ampb &lt\">", "<div\n  class='x'\n  id=y>\nline</div>", "<P CLASS=Up>X</P>", "<a b='1' b='2' c>", "<x-y:z a_b=1>", "a<b", "<!bogus>", "<!DOCTYPE>", "<? pi", "</a b='c'>", "<img src='a>b'>", "<1a>", "& &# &#x &#12 &lt", "<script>a</scr", "<textarea><b>x</b></textarea>", "<style>x</STYLE >y"]:
    print("=====", repr(doc))
    p = D(); p.feed(doc); p.close()
