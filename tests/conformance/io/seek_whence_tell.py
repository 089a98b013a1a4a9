# File positions: seek() from the start, the current position and the end (binary), text-mode
# restrictions, tell() as a file offset even where "\r\n" reads as "\n", and the errors.
import sys
import io

base = sys.argv[1] + "/"
with open(base + "digits.bin", "wb") as f:
    f.write(b"0123456789")
with open(base + "digits.bin", "rb") as f:
    f.seek(4)
    print(f.read(2), f.tell())
    print(f.seek(-3, io.SEEK_END), f.read(), f.seek(0, 1), f.seek(-2, 1), f.read(1))
    print(f.seek(20), f.read(), f.tell())
    for args in [(-100, 1), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(base + "digits.bin") as f:
    f.seek(3)
    print(f.read(2), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    for args in [(1, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
        except ValueError as e:
            print("ValueError", e)
with open(base + "crlf.txt", "w", newline="") as f:
    f.write("a\r\nbb\r\nc\rd")
with open(base + "crlf.txt") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    print(repr(f.read()), f.tell())
    print(f.seek(0, 2), f.tell())
    f.seek(3)
    print(repr(f.read()))
with open(base + "crlf.txt", newline="") as f:
    print(repr(f.readline()), f.tell())
with open(base + "crlf.txt", "rb") as f:
    f.read(4)
    print(f.tell(), f.read())
f = open(base + "crlf.txt")
f.close()
try:
    f.seek(0)
except ValueError as e:
    print("ValueError", e)
with open(base + "rw.txt", "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5), f.tell())
    f.seek(6)
    print(f.read())
