import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\rc\r\nd", newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()))
    s = io.StringIO(newline=nl); s.write("x\ny\r\n"); s.seek(0); print(list(s))
