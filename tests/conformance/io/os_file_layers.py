# The layers open() builds: TextIOWrapper over BufferedReader/Writer/Random over FileIO.
import io
import os
import sys

base = sys.argv[1]


def show(obj):
    return repr(obj).replace(base, "<tmp>")


path = os.path.join(base, "layers.txt")

# Text files: the buffered file under them, and the raw file under that.
for mode in ["w", "r", "a", "r+", "w+", "a+", "x"]:
    if mode == "x":
        os.remove(path)
    with open(path, mode) as f:
        b = f.buffer
        r = b.raw
        print(mode, type(f).__name__, type(b).__name__, type(r).__name__)
        print("  ", show(f))
        print("  ", show(b))
        print("  ", show(r))
        print("   modes:", f.mode, b.mode, r.mode)
        print("   same object each time:", f.buffer is b, b.raw is r)
        print("   names agree:", f.name == b.name == r.name == path)
    print("   closed together:", f.closed, b.closed, r.closed, show(r))

# Binary files: buffered by default, raw with buffering=0.
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
for mode in ["rb", "br", "r+b", "+rb", "wb", "ab", "a+b", "w+b"]:
    for buffering in (-1, 0):
        with open(path, mode, buffering=buffering) as f:
            raw = getattr(f, "raw", None)
            print(mode, buffering, type(f).__name__, repr(f.mode), show(f))
            if raw is not None:
                print("    raw:", type(raw).__name__, show(raw))
            if "r" in mode or "+" in mode:
                f.seek(0)
                print("    read:", f.read(5))
        with open(path, "w") as f:
            f.write("alpha\nbeta\ngamma\n")

# The raw file reads and writes straight to the file.
with open(path, "rb", buffering=0) as raw:
    print(raw.read(6), raw.tell())
    print(raw.readall())
    print(raw.read(), raw.closefd, raw.readable(), raw.writable(), raw.seekable())
    raw.seek(0)
    print(raw.readline(), raw.readlines())
print(show(raw), raw.closed)
try:
    raw.read()
except ValueError as e:
    print("ValueError:", e)

with open(path, "ab", buffering=0) as raw:
    print(raw.write(b"delta\n"))
    with open(path, "rb") as check:
        print(check.read().split())

# Reading through the buffer of a text file.
with open(path, "r") as f:
    data = f.buffer.read()
    print(type(data).__name__, data.count(b"\n"))
    print(repr(f.read()))

# Writing bytes under a text file opened for writing.
with open(path, "w") as f:
    f.buffer.write(b"raw bytes\n")
with open(path) as f:
    print(f.read().splitlines())

# Closing the buffer closes the text file too.
f = open(path)
f.buffer.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

# io's classes recognise the layers.
with open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
    print(isinstance(f.buffer.raw, io.BufferedIOBase), isinstance(f.buffer, io.RawIOBase))
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter))
with open(path, "r+b") as f:
    print(isinstance(f, io.BufferedRandom), isinstance(f.raw, io.FileIO))

# io.FileIO opens a raw file directly.
r = io.FileIO(path, "w")
print(show(r), r.write(b"from FileIO\n"))
r.close()
r = io.FileIO(path)
print(show(r), r.read())
r.close()
print(show(r))
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdin.buffer.raw is sys.stdin.buffer.raw)
