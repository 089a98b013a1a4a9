"""TextIOWrapper: with-blocks and isatty() come through IOBase and the buffer, closed or not."""
import io
b = io.BytesIO(b"line1\nline2\n")
with io.TextIOWrapper(b, encoding="utf-8") as f:
    print(f.isatty(), f.readline(), f.closed)
print(f.closed, b.closed)
try:
    with f: pass
except ValueError as e: print("with:", e)
try: f.isatty()
except ValueError as e: print("isatty:", e)
class Tty(io.BytesIO):
    def isatty(self): return True
print(io.TextIOWrapper(Tty(b"")).isatty())
