# xml.etree.ElementTree: parsing (entities, CDATA, comments, namespaces, expat-style errors),
# the Element API, ElementPath queries, serialization and indent(), writing, iterparse.
import xml.etree.ElementTree as ET
r = ET.fromstring('<a x="1" y="q&amp;&quot;"><b>t1</b>tail<c/><!-- c --><d k="v">x &lt; y</d></a>')
print(ET.tostring(r), ET.tostring(r, encoding='unicode'))
print(r.tag, r.attrib, r.text, [c.tag for c in r], r[0].tail, len(r))
e = ET.Element('root'); s = ET.SubElement(e, 'item', name='n"1\n'); s.text = 'a<b&c>'; ET.SubElement(e, 'empty')
print(ET.tostring(e, encoding='unicode'))
ET.indent(e); print(ET.tostring(e, encoding='unicode'))
for bad in ['<a><b></a>', '<a', 'text', '<a></a><b/>', '<a x=1/>', '<a>&bogus;</a>']:
    try: ET.fromstring(bad)
    except ET.ParseError as err: print('ParseError', err, err.position)
ns = ET.fromstring('<r xmlns="http://x" xmlns:p="http://p"><p:i a="1"/><j/></r>')
print([c.tag for c in ns.iter()], ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ET.fromstring('<?xml version="1.0"?><a><![CDATA[<raw>]]></a>'), encoding='unicode'))
print(ET.tostring(e, encoding='utf-8', xml_declaration=True)[:60])
doc = ET.fromstring("""<library>
  <book id="b1" lang="en"><title>Dune</title><year>1965</year><author>Herbert</author></book>
  <book id="b2" lang="fr"><title>Vendredi</title><year>1967</year><author>Tournier</author></book>
  <book id="b3" lang="en"><title>Neuromancer</title><year>1984</year><author>Gibson</author><tags><tag>cyber</tag><tag>noir</tag></tags></book>
  <magazine id="m1"><title>Byte</title></magazine>
</library>""")
print([b.get("id") for b in doc.findall("book")], [t.text for t in doc.findall(".//title")], doc.findtext("book/year"), doc.find("book[@lang='fr']/title").text)
print([b.get("id") for b in doc.findall("book[tags]")], [b.get("id") for b in doc.findall("*[@id]")], [t.text for t in doc.iterfind(".//tag")], doc.find("nope"), doc.findtext("nope", "dflt"))
print([b.get("id") for b in doc.findall("book[title='Dune']")], [b.findtext("title") for b in doc.findall("book[2]")], [b.get("id") for b in doc.findall("book[last()]")], [e.tag for e in doc.findall(".//tag/..")])
print(sorted(int(y.text) for y in doc.iter("year")), "".join(doc.find("book").itertext()), [e.tag for e in doc.iter() if e.tag.startswith("t")])
new = ET.SubElement(doc, "book", id="b4"); ET.SubElement(new, "title").text = "New & <Shiny>"; new.set("lang", "de")
doc.remove(doc.find("magazine"))
tree = ET.ElementTree(doc)
import io
buf = io.BytesIO(); tree.write(buf, encoding="utf-8", xml_declaration=True); print(buf.getvalue().decode()[:80])
sbuf = io.StringIO(); tree.write(sbuf, encoding="unicode"); print(sbuf.getvalue()[-120:])
print(ET.tostring(ET.Element("x", {"b": "2", "a": "1"})), ET.iselement(doc), repr(ET.QName("http://u", "t")))
c = ET.Element("c"); c.append(ET.Comment("note")); c.append(ET.PI("pi", "data")); print(ET.tostring(c))
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c><d/></c></a>"), events=("start", "end"))])
