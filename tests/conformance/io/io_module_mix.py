# io module classes over files and memory: reprs, TextIOWrapper over BytesIO, BufferedReader,
# StringIO, several files in one with, binary seek/readinto/truncate, writelines, readline limits.
import io, sys, os
base = sys.argv[1]
os.chdir(base)
with open("a.txt", "w") as f:
    print(repr(f))
with open("a.txt", "rb") as f:
    print(repr(f))
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
bio = io.BytesIO()
tw = io.TextIOWrapper(bio, encoding="utf-8", newline="\n")
tw.write("hello\nwörld\n")
tw.flush()
print(bio.getvalue())
tw.seek(0)
print(tw.readlines())
tr = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n"), encoding="ascii")
print(tr.read().splitlines(), tr.newlines)
print(isinstance(open("a.txt"), io.TextIOBase), isinstance(open("a.txt", "rb"), io.BufferedIOBase), isinstance(open("a.txt", "rb"), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
with io.open("b.txt", "w", encoding="utf-8") as f:
    f.write("via io.open")
print(open("b.txt").read())
br = io.BufferedReader(io.BytesIO(b"abcdef"))
print(br.read(2), br.peek(1)[:1], br.read())
s = io.StringIO("l1\nl2\nl3")
for ln in s:
    print(repr(ln))
s = io.StringIO()
s.write("abc"); s.seek(1); s.write("X"); print(s.getvalue(), s.tell())
s.truncate(2); print(repr(s.getvalue()))
with open("c.txt", "w") as out1, open("d.txt", "w") as out2:
    for i in range(5):
        (out1 if i % 2 else out2).write(f"{i}\n")
with open("c.txt") as f1, open("d.txt") as f2:
    print(f1.read().split(), f2.read().split())
with open("e.bin", "wb") as f:
    f.write(bytes(range(256)))
with open("e.bin", "rb") as f:
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(-2, 2); print(f.read())
    f.seek(-10, 1); print(f.tell(), f.read(1))
    buf = bytearray(4)
    f.seek(0); print(f.readinto(buf), buf)
    print(f.read1(3) if hasattr(f, "read1") else None)
    mv = memoryview(bytearray(3)); print(f.readinto(mv), bytes(mv))
    f.seek(0)
    chunks = []
    while chunk := f.read(100):
        chunks.append(len(chunk))
    print(chunks)
with open("e.bin", "r+b") as f:
    f.seek(10)
    f.write(b"\xff\xff")
    f.seek(0, 2)
    f.write(b"END")
    print(f.tell())
    f.truncate(100)
    print(f.seek(0, 2))
print(os.path.getsize("e.bin"))
with open("lines.txt", "w") as f:
    f.writelines(f"row{i}\n" for i in range(3))
    f.writelines(["no newline", " joined"])
print(open("lines.txt").read().splitlines())
with open("lines.txt") as f:
    print(f.readline(), f.readline(2), f.readline(0), repr(f.readline(-1)), f.read(3), f.readlines())
f = open("lines.txt")
print(f.fileno() > 2, f.isatty(), f.readable(), f.writable(), f.seekable())
f.close(); f.close()
print(f.closed)
print(open("lines.txt").read(None)[:4], open("lines.txt", "rb").read(-1)[:4])
