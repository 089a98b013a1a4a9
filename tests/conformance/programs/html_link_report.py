# html.parser on a small page: every event, with and without charref conversion, chunked feeds, and a link extractor.
from html.parser import HTMLParser
DOC = """<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; Demo</title>
<meta charset=utf-8><link rel="stylesheet" href='style.css'/>
<style>p > a { color: red; }</style>
<script>if (a < b && c) { document.write("<b>x</b>"); }</script></head>
<body class="main page" data-x>
<!-- a comment -- here -->
<h1 id=top>Hello, <em>World</em>!</h1>
<p>Links: <a href="/one?x=1&amp;y=2">One</a>, <A HREF="http://two.example/">Two</A>
and <a href=three.html title="It's &quot;3&quot;">Three</a>.</p>
<img src="pic.png" alt="A &lt;pic&gt;" />
<br>Text with &copy; 2024 &#169; &#xA9; &nbsp;and &unknown; & loose &amp stuff.
<?php echo 1; ?>
<p>5 < 6 and 7 > 3</p>
<ul><li>one<li>two</ul>
<![CDATA[raw]]>
</body></html>"""
class Dump(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs, self.getpos())
    def handle_endtag(self, tag):
        print("end  ", tag)
    def handle_startendtag(self, tag, attrs):
        print("empty", tag, attrs)
    def handle_data(self, data):
        print("data ", repr(data))
    def handle_comment(self, data):
        print("comm ", repr(data))
    def handle_decl(self, decl):
        print("decl ", repr(decl))
    def handle_pi(self, data):
        print("pi   ", repr(data))
    def handle_entityref(self, name):
        print("ent  ", name)
    def handle_charref(self, name):
        print("char ", name)
    def unknown_decl(self, data):
        print("unk  ", repr(data))
p = Dump()
p.feed(DOC)
p.close()
print("---- no charref conversion")
q = Dump(convert_charrefs=False)
q.feed(DOC)
q.close()
print("---- chunked feed")
r = Dump()
for k in range(0, len(DOC), 7):
    r.feed(DOC[k:k + 7])
r.close()
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.in_title, self.title = [], [], False, ""
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        self.in_title = tag == "title"
    def handle_endtag(self, tag):
        self.in_title = False
    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif data.strip():
            self.text.append(data.strip())
lk = Links(); lk.feed(DOC); lk.close()
print(lk.links, repr(lk.title), lk.text[:8])
s = Dump(); s.feed("<p>unfinished <b"); print("fed"); s.close()
t = Dump(); t.feed("text &am"); print("fed2"); t.close()
u = Dump(); u.feed("<div><script>var x = '</div>';"); print("fed3"); u.close(); print(repr(u.rawdata))
print(Dump().get_starttag_text())
