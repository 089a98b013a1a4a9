# codecs stream readers and writers: getreader/getwriter over byte streams.
import codecs
import io

buf = io.BytesIO()
w = codecs.getwriter("latin-1")(buf)
w.write("café")
w.writelines(["-", "crème", "\n"])
print(buf.getvalue())

buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
for word in ["naïve", "日本", "😀"]:
    w.write(word + "|")
print(buf.getvalue(), w.getvalue() == buf.getvalue())

r = codecs.getreader("utf-8")(io.BytesIO("line1\nlíne2\r\nline3".encode()))
print(repr(r.readline()), repr(r.readline()), repr(r.read()), repr(r.read()))

r = codecs.getreader("utf-8")(io.BytesIO("a\nb\nc".encode()))
print(list(r))

r = codecs.getreader("utf-16")(io.BytesIO("xyz".encode("utf-16")))
print(r.read(2), r.read())

r = codecs.getreader("utf-8")(io.BytesIO("one\ntwo\n".encode()))
print(r.readlines(), r.readlines())

print(issubclass(codecs.getwriter("utf-8"), codecs.StreamWriter))
print(issubclass(codecs.getreader("ascii"), codecs.StreamReader))
print(codecs.lookup("utf-8").streamwriter is not None)

buf = io.BytesIO("héllo".encode("utf-8"))
rw = codecs.StreamReaderWriter(buf, codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(rw.read())
rw.write("!")
print(buf.getvalue())

try:
    codecs.getwriter("ascii")(io.BytesIO()).write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
