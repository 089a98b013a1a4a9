# Buffers sized from untrusted numbers: every failure is a Python exception.


def attempt(label, make):
    try:
        value = make()
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(f"{label:<34} {type(e).__name__}: {e}")
    else:
        if isinstance(value, int):
            print(f"{label:<34} ok {value}")
        else:
            print(f"{label:<34} ok len={len(value)} head={bytes(value[:8])!r}")


HUGE = 10**12
print("-- constructors")
attempt("bytes(16)", lambda: bytes(16))
attempt("bytes(True)", lambda: bytes(True))
attempt("bytes(HUGE)", lambda: bytes(HUGE))
attempt("bytearray(HUGE)", lambda: bytearray(HUGE))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes(2**70)", lambda: bytes(2**70))
attempt("bytearray(-2**70)", lambda: bytearray(-2**70))

print("-- repetition")
attempt("b'ab' * 4", lambda: b"ab" * 4)
attempt("b'ab' * HUGE", lambda: b"ab" * HUGE)
attempt("HUGE * bytearray(b'ab')", lambda: HUGE * bytearray(b"ab"))
attempt("b'' * HUGE", lambda: b"" * HUGE)
attempt("b'ab'.__mul__(2**64)", lambda: b"ab".__mul__(2**64))
attempt("b'ab'.__rmul__(-2**64)", lambda: b"ab".__rmul__(-2**64))
attempt("bytearray(b'ab') * (2**62 - 1)", lambda: bytearray(b"ab").__mul__(2**62 - 1))


def grow(times):
    buf = bytearray(b"xy")
    buf *= times
    return buf


attempt("buf *= 3", lambda: grow(3))
attempt("buf *= HUGE", lambda: grow(HUGE))

print("-- padding")
for name in ["ljust", "rjust", "center", "zfill"]:
    attempt(f"b'42'.{name}(8)", lambda name=name: getattr(b"42", name)(8))
    attempt(f"b'42'.{name}(HUGE)", lambda name=name: getattr(b"42", name)(HUGE))
    attempt(f"b'42'.{name}(2**70)", lambda name=name: getattr(b"42", name)(2**70))
    attempt(f"bytearray(b'-4').{name}(-5)", lambda name=name: getattr(bytearray(b"-4"), name)(-5))
attempt("b'x'.center(2**63 - 1)", lambda: b"x".center(2**63 - 1))
attempt("b'a\\tb'.expandtabs(4)", lambda: b"a\tb".expandtabs(4))
attempt("b'a\\tb'.expandtabs(HUGE)", lambda: b"a\tb".expandtabs(HUGE))
attempt("b'ab'.expandtabs(2**31 - 1)", lambda: b"ab".expandtabs(2**31 - 1))
attempt("b'a\\tb'.expandtabs(-2**40)", lambda: b"a\tb".expandtabs(-(2**40)))

print("-- int.to_bytes")
attempt("(1025).to_bytes(4, 'big')", lambda: (1025).to_bytes(4, "big"))
attempt("(-1025).to_bytes(4, 'little', s)", lambda: (-1025).to_bytes(4, "little", signed=True))
attempt("(-1).to_bytes(1, 'big', s)", lambda: (-1).to_bytes(1, "big", signed=True))
attempt("(-129).to_bytes(1, 'big', s)", lambda: (-129).to_bytes(1, "big", signed=True))
attempt("(-128).to_bytes(1, 'big', s)", lambda: (-128).to_bytes(1, "big", signed=True))
attempt("(0).to_bytes(0, 'big')", lambda: (0).to_bytes(0, "big"))
attempt("(-2**70).to_bytes(10, 'big', s)", lambda: (-(2**70)).to_bytes(10, "big", signed=True))
attempt("(7).to_bytes(HUGE, 'big')", lambda: (7).to_bytes(HUGE, "big"))
attempt("(7).to_bytes(2**63 - 1, 'big')", lambda: (7).to_bytes(2**63 - 1, "big"))
attempt("(7).to_bytes(2**63, 'big')", lambda: (7).to_bytes(2**63, "big"))
attempt("(7).to_bytes(-1, 'big')", lambda: (7).to_bytes(-1, "big"))
print("round trip", int.from_bytes((-(2**70)).to_bytes(10, "big", signed=True), "big", signed=True))

print("-- int() of bytes")
attempt("int(b'1' * 5000)", lambda: (int(b"1" * 5000)))
attempt("int(bytearray(b'12x'), 16)", lambda: (int(bytearray(b"12x"), 16)))
attempt("int(b'zz' * 200)", lambda: (int(b"zz" * 200)))
attempt("int(b'0x1f', 0)", lambda: (int(b"0x1f", 0)))
attempt("int(b' 42 ')", lambda: (int(b" 42 ")))
