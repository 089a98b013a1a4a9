"""io.IncrementalNewlineDecoder and incremental decoders keep their state across getstate/setstate."""
import io, codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"a\r")), d.getstate(), d.newlines)
st = d.getstate()
print(repr(d.decode(b"\nb\rc")), d.getstate(), d.newlines)
d.setstate(st)
print(repr(d.decode(b"x", final=True)), d.getstate())
d.setstate((b"\xc3", 2))
print(d.getstate(), repr(d.decode(b"\xa9\r\n", final=True)), d.newlines)
d.reset(); print(d.getstate(), d.newlines)
n = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(n.decode("p\r")), n.getstate(), repr(n.decode("", final=True)), n.getstate())
n.setstate((b"", 1)); print(n.getstate(), repr(n.decode("q")))
try: n.setstate((b"", -3)); print(n.getstate())
except Exception as e: print(type(e).__name__, e)

for n in ["utf-8", "latin-1", "ascii", "cp1252"]:
    d = codecs.getincrementaldecoder(n)()
    d.decode("hé€".encode(n, "replace")[:2]); st = d.getstate(); print(n, st)
    e = codecs.getincrementaldecoder(n)(); e.setstate(st); print(repr(e.decode("hé€".encode(n, "replace")[2:], final=True)))
