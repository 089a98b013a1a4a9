# int() and float() read numbers from any bytes-like object, memoryviews included; int()
# quotes at most 200 characters of a bad string.

def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as exc:
        print(label, "!", type(exc).__name__, exc)


raw = b"  42 \n"
view = memoryview(raw)
show("int(memoryview)", lambda: int(view))
show("int(memoryview slice)", lambda: int(view[2:4]))
show("float(memoryview)", lambda: float(memoryview(b"2.5e1")))
show("int(bad memoryview)", lambda: int(memoryview(b"4x")))
show("int(memoryview, 16)", lambda: int(memoryview(b"ff"), 16))
show("int(bytearray)", lambda: int(bytearray(b"-7")))
show("float(bytearray)", lambda: float(bytearray(b"1_0.5")))

long_text = "reading-" * 40
msg = ""
try:
    int(long_text)
except ValueError as exc:
    msg = str(exc)
print(len(msg), msg[-12:])
records = ["12", "3.5", "x" * 25, "7e2"]
total = 0.0
for rec in records:
    try:
        total += float(rec)
    except ValueError as exc:
        print("skip record:", len(str(exc)))
print("total", total)
