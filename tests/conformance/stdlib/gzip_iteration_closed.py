"""Iterating a GzipFile goes through io.IOBase: iter() of a closed file says so as IOBase does."""
import gzip, io
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode="wb") as g:
    g.write(b"a\nb\nc")
r = gzip.GzipFile(fileobj=io.BytesIO(b.getvalue()))
print(list(r))
r.close()
try: iter(r)
except ValueError as e: print(e)
try: next(r)
except ValueError as e: print(e)
