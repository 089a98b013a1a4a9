# html.parser fed in chunks and at odd boundaries: lone '<' and '&', cut character references,
# unfinished tags at close(), attributes of every quoting style, script/style CDATA,
# convert_charrefs on and off.
from html.parser import HTMLParser

class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_data(self, data):
        self.events.append(("data", data))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def handle_decl(self, data):
        self.events.append(("decl", data))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_entityref(self, name):
        self.events.append(("entityref", name))
    def unknown_decl(self, data):
        self.events.append(("unknown", data))

def run(chunks, **kw):
    p = Log(**kw)
    for c in chunks:
        p.feed(c)
    before = list(p.events)
    p.close()
    return before, p.events[len(before):], p.get_starttag_text()

docs = [
    ["<p class=a id='b' title=\"c d\" hidden data-x=&amp;y>text</p>"],
    ["<img src=x.png/>", "<br/>", "<input value='a&lt;b' disabled />"],
    ["a < b and c <", "d>"],
    ["x <"],
    ["tail &", "amp; more"],
    ["5 &lt", "; 6 &#6", "0; &#x4", "1;"],
    ["cut &#12"],
    ["cut &am"],
    ["lone & sign", " and &unknown; ref"],
    ["<!-- c", "omment --><?php x ?><!DOCTYPE html>"],
    ["<![CDATA[raw]]><!weird>"],
    ["<script>if (a < b && c > d) { x = '</p>'; }</scr", "ipt>after"],
    ["<style>p > a { }</style><title>T &amp; T</title>"],
    ["<div", " class='x'", ">body</div>"],
    ["<a href='unclosed"],
    ["<a href=x", ">ok</a>"],
    ["text with &nbsp; and &copy; and &#169; &#xA9;"],
    ["<P CLASS=Up>Mixed</P>"],
    ["</>", "</ x>", "< p>"],
    ["<a b='1' b='2'>dup</a>"],
]
for chunks in docs:
    for flag in (True, False):
        before, at_close, start = run(chunks, convert_charrefs=flag)
        print(flag, chunks)
        print("   ", before)
        print("   ", at_close, repr(start))

p = Log()
p.feed("<b>bold</b>")
print(p.getpos(), p.get_starttag_text())
p.reset()
p.feed("<i>again")
p.close()
print(p.events[-2:], p.getpos())
