import quopri, binascii, io
samples = [b"caf\xc3\xa9 = ok\nline with trailing space \n" + b"a" * 100, b"tab\t\nspace \r\nend ",
           b".\n.x\n", b"x" * 74 + b"\xff\xfe" + b"y" * 80, b"a_b c", b"", b"\n\n", b"=" * 40]
for s in samples:
    enc = quopri.encodestring(s)
    print(enc, quopri.decodestring(enc) == s)
    print(quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
    print(binascii.b2a_qp(s, istext=False)[:60])
for d in [b"=4x =\r\nz", b"abc=", b"a=\nb", b"=41=4a=4A=zz", b"_a_", b"a=\r", b"x \t\ny", b"=\n"]:
    print(quopri.decodestring(d), quopri.decodestring(d, header=True), binascii.a2b_qp(d, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"Gr\xc3\xbc\xc3\x9fe, Welt!\n"), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue().decode("utf-8"))
print(binascii.b2a_qp("text".encode(), header=True), binascii.a2b_qp("A=3DB"))
try:
    binascii.b2a_qp("str")
except TypeError as e:
    print(e)
