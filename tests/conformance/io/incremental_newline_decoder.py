# io.IncrementalNewlineDecoder (held-back "\r", newlines seen, state), io.text_encoding,
# io.BufferedRWPair and io.open_code.
import sys, codecs
import io
d = io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ["a\r", "\nb\r", "c\n", "d\r", ""]:
    print(repr(d.decode(chunk, final=(chunk == ""))), d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=False)
data = "x\r\ny\u00e9\rz\n".encode()
out = []
for i in range(len(data)):
    out.append(d2.decode(data[i:i+1]))
out.append(d2.decode(b"", final=True))
print(repr("".join(out)), d2.newlines)
st = d2.getstate(); print(st)
d2.reset(); print(d2.newlines, d2.getstate())
d2.decode(b"q\r"); s = d2.getstate(); print(s)
d3 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
d3.setstate(s); print(repr(d3.decode(b"\n")), d3.newlines)
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"x")
except TypeError as e:
    print("TypeError", e)
print(io.text_encoding(None), io.text_encoding("latin-1"))
r = io.BytesIO(b"line1\nline2\n"); w = io.BytesIO()
p = io.BufferedRWPair(r, w)
print(p.readline(), p.read(), p.write(b"hello"), p.readable(), p.writable(), p.seekable())
p.flush(); print(w.getvalue())
import os
with open(os.path.join(sys.argv[1], "c.py"), "w") as f: f.write("x = 1\n")
with io.open_code(os.path.join(sys.argv[1], "c.py")) as f: print(f.read(), type(f).__name__)
