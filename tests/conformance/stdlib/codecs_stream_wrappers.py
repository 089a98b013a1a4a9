# codecs: CodecInfo fields, StreamReader/StreamWriter/StreamReaderWriter over byte streams
# (iteration, readline, attribute delegation, `with` closing the stream), codecs.open.
import codecs
import io
import sys

info = codecs.lookup("utf-8")
print(info.name, len(info), info[0] is info.encode, info[1] is info.decode)
print(info.streamreader.__name__, info.streamwriter.__name__,
      info.incrementalencoder.__name__, info.incrementaldecoder.__name__)
print(codecs.lookup("latin-1").name, codecs.lookup("UTF8").name, codecs.lookup("utf_16").name)
custom = codecs.CodecInfo(str.upper, str.lower, name="shout")
print(custom.name, custom.streamreader, custom.incrementalencoder, tuple(custom)[2:])
print(custom._is_text_encoding, codecs.CodecInfo(None, None, _is_text_encoding=False)._is_text_encoding)

raw = io.BytesIO("héllo\nwörld\r\nlast".encode("utf-8"))
reader = codecs.getreader("utf-8")(raw)
print(list(reader))
raw.seek(0)
reader = codecs.getreader("utf-8")(raw)
print(repr(reader.readline()), repr(reader.readline(keepends=False)), repr(reader.read()))
print(repr(reader.readline()), reader.tell() == raw.tell(), reader.closed)

buf = io.BytesIO()
writer = codecs.getwriter("utf-16-le")(buf)
writer.write("añ")
writer.writelines(["b", "c"])
print(buf.getvalue(), writer.getvalue() == buf.getvalue())
with codecs.getwriter("utf-8")(io.BytesIO()) as w:
    w.write("x")
    inner = w.stream
print(inner.closed)
try:
    reader.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)

both = io.BytesIO("αβγ\nδ\n".encode("utf-8"))
srw = codecs.StreamReaderWriter(both, codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(srw.readline(), end="")
print(list(srw))
srw.write("ε")
srw.writelines(["ζ", "η"])
print(both.getvalue().decode("utf-8"), srw.encoding, srw.errors)
srw.reset()
print(srw.seekable(), srw.closed)
with srw as same:
    print(same is srw)
print(both.closed)

path = sys.argv[1] + "/data.txt"
with codecs.open(path, "w", encoding="utf-8") as f:
    f.write("línea uno\nlínea dos\n")
    print(type(f).__name__)
with codecs.open(path, "r", encoding="utf-8") as f:
    print([line for line in f])
with codecs.open(path, "rb") as f:
    print(f.read()[:8])
with codecs.open(path, "w", encoding="utf-8") as f:
    f.write("a\r\nb\nc")
with codecs.open(path, encoding="utf-8") as f:
    print(f.readlines(), f.mode, f.encoding, f.name == path)
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), repr(f.read(2)))
with codecs.open(path, "a", encoding="latin-1") as f:
    f.write("é")
print(open(path, "rb").read())
try:
    codecs.open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
with codecs.open(path, "r+", encoding="latin-1") as f:
    print(repr(f.read(3)))
