import xml.dom.minidom as md
import sys, os
xml_text = """<?xml version="1.0" encoding="UTF-8"?>
<library xmlns="http://example.com/lib" xmlns:m="http://example.com/meta">
  <book id="b1" m:rating="5">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <year>1965</year>
  </book>
  <book id="b2">
    <title>Neuromancer</title>
    <author>William Gibson</author>
    <year>1984</year>
    <!-- classic -->
  </book>
</library>
"""
path = os.path.join(sys.argv[1], "lib.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write(xml_text)
doc = md.parse(path)
root = doc.documentElement
print(root.tagName, root.namespaceURI, root.getAttribute("xmlns"))
def text_of(node):
    return "".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE)
books = []
for book in root.getElementsByTagName("book"):
    rec = {child.tagName: text_of(child) for child in book.childNodes if child.nodeType == md.Node.ELEMENT_NODE}
    rec["id"] = book.getAttribute("id")
    rec["rating"] = book.getAttributeNS("http://example.com/meta", "rating") or None
    books.append(rec)
for b in sorted(books, key=lambda r: r["year"]):
    print(b)
print(len(root.childNodes), [n.nodeType for n in root.childNodes])
print([n.nodeName for n in root.getElementsByTagNameNS("http://example.com/lib", "title")])
print([n.localName for n in root.getElementsByTagNameNS("*", "*")][:5])
b2 = root.getElementsByTagName("book")[1]
b2.parentNode.removeChild(b2)
new = doc.createElement("book"); new.setAttribute("id", "b3")
t = doc.createElement("title"); t.appendChild(doc.createTextNode("Snow Crash & Co <1992>")); new.appendChild(t)
root.appendChild(new)
print(root.toxml())
print(doc.toprettyxml(indent="  ")[:400])
out = os.path.join(sys.argv[1], "out.xml")
with open(out, "w") as f:
    doc.writexml(f, encoding="utf-8")
print(open(out).read()[:80])
print(root.firstChild.nodeValue == "\n  ", root.lastChild.tagName)
clean = md.parseString("".join(line.strip() for line in xml_text.splitlines()[1:]))
print(clean.documentElement.toprettyxml(indent="    "))
print(clean.toprettyxml(indent=" ", encoding="utf-8")[:60])
for node in clean.documentElement.childNodes[0].childNodes:
    print(node.nodeName, node.firstChild.nodeValue, node.parentNode.getAttribute("id"), node.nextSibling and node.nextSibling.nodeName)
md.parseString("<a><b></a>")
