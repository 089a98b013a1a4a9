import xml.etree.ElementTree as ET
for bad in ["<a><b></a>", "<a>", "", "<a></a><b/>", "<a x='1' x='2'/>", "<a>&nope;</a>", "<a><</a>", "text<a/>", "<p:a/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e.code, e.position, e)
for bad in ['abc <a/>', ' x<a/>', 'x', '  \n  xy\n<a/>', '<a/>tail', '<a/> t', '<x:a xmlns:y="u"/>', '<a><p:b/></a>', '<a p:x="1"/>', 'ab cd<a/>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e.code, e.position, e)
