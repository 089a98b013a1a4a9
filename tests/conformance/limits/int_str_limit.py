# str()/repr()/print of huge ints obey sys.set_int_max_str_digits; sequence repetition by a
# count past the index range is OverflowError.
import sys

big = 3 ** 10000  # 4772 digits
for label, fn in [
    ("str", lambda: str(big)),
    ("repr", lambda: repr(big)),
    ("repr list", lambda: repr([1, big])),
    ("str dict", lambda: str({"k": -big})),
    ("percent s", lambda: "%s" % big),
    ("join", lambda: ",".join(map(str, [1, big]))),
    ("hex", lambda: hex(big)[:12]),
    ("small", lambda: str(10**4299)[:5]),
    ("at limit", lambda: len(str(10**4299))),
    ("past limit", lambda: len(str(10**4300))),
]:
    try:
        print(label, fn() if label not in ("str", "repr") else len(fn()))
    except ValueError as e:
        print(label, "ValueError:", e)

sys.set_int_max_str_digits(5000)
print("raised", len(str(big)), repr(big)[:8])
sys.set_int_max_str_digits(0)
print("unlimited", len(str(big * big)))
sys.set_int_max_str_digits(4300)

for label, fn in [
    ("str * 2**70", lambda: "ab" * 2**70),
    ("list * -2**70", lambda: [0] * -(2**70)),
    ("2**64 * tuple", lambda: 2**64 * (1,)),
    ("bytes * 2**63", lambda: b"x" * 2**63),
    ("bytearray * 2**70", lambda: bytearray(b"x") * 2**70),
]:
    try:
        print(label, len(fn()))
    except (OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print("print:", e)
