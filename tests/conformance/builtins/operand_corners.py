# Corners found by differential fuzzing against CPython: bools as repeat counts, operand type
# names in errors, the receiver checked before the arguments, None named as None.
import json


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


flag, off = True, False
print("-" * flag + "|" + "=" * off + "|" + "ab" * True)
print([0] * flag, (1, 2) * off, b"x" * True, bytearray(b"yz") * flag)
row = ["a"]
row *= True
label = "on"
label *= off
print(row, repr(label))

attempt("matmul bools", lambda: True @ True)
attempt("matmul int bool", lambda: 1 @ False)
attempt("divmod slice", lambda: divmod(slice(1), 2.5))
attempt("divmod str", lambda: divmod(2.5, "s"))
attempt("divmod none", lambda: divmod(None, 1.0))
attempt("divmod ok", lambda: divmod(7.5, True))

attempt("zfill int", lambda: str.zfill(5))
attempt("append int", lambda: list.append(5))
attempt("getitem int", lambda: str.__getitem__(0))
attempt("join list", lambda: str.join([]))
attempt("count int", lambda: str.count(3))
attempt("upper ok", lambda: str.upper("abc"))

attempt("encode none", lambda: "a".encode(None))
attempt("decode none", lambda: b"a".decode(None))
attempt("str none", lambda: str(b"a", None))
attempt("bytes none", lambda: bytes("a", None))
attempt("format none", lambda: format(1, None))
attempt("__format__ none", lambda: (1).__format__(None))
attempt("json sep none", lambda: json.dumps([1], separators=(None, ":")))

attempt("sum float start str", lambda: sum(1.5, "a"))
attempt("sum start str", lambda: sum(["a"], "b"))
attempt("float bytearray", lambda: float(bytearray(b"ab")))
attempt("float bytes", lambda: float(b"ab"))
attempt("bytearray % range", lambda: bytearray(b"ab") % range(3))
attempt("bytes % range", lambda: b"ab" % range(3))

total = 0
for dx in (-1, 0, 1):
    for dy in (-2.5, 0.0, 2.5):
        total += dx * dy + (dx, dy).count(0)
print(total, (-1, (-2, 3)), -(2**70), (-(2**63),), (-0.0, -1j))
