# The int <-> decimal text limit of CPython 3.11 (sys.set_int_max_str_digits).
import sys


def attempt(label, fn):
    try:
        value = fn()
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        if isinstance(value, str) and len(value) > 60:
            value = f"<{len(value)} chars> {value[:10]}...{value[-10:]}"
        print(f"{label}: {value!r}")


print("limit", sys.get_int_max_str_digits())
print("int_info", sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print("flags", sys.flags.int_max_str_digits)

big = 7 ** 6000  # 5071 decimal digits
attempt("f-string", lambda: f"{big}")
attempt("format ,", lambda: format(big, ","))
attempt("percent d", lambda: "%d" % big)
attempt("percent i", lambda: "%i" % -big)
attempt("hex", lambda: hex(big))
attempt("format x", lambda: format(big, "x"))
attempt("bin", lambda: bin(big))
attempt("oct", lambda: oct(big))
attempt("bit_length", lambda: big.bit_length())

attempt("int 4300 digits", lambda: int("9" * 4300) % 1000)
attempt("int 4301 digits", lambda: int("9" * 4301))
attempt("int signed", lambda: int("-" + "1" * 4301))
attempt("int underscores", lambda: int("1_" * 4300 + "1"))
attempt("int spaces", lambda: int("  " + "5" * 4400 + "\n"))
attempt("int base 16", lambda: int("f" * 5000, 16).bit_length())
attempt("int base 2", lambda: int("1" * 20000, 2).bit_length())
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("int base 0 hex", lambda: int("0x" + "a" * 5000, 0).bit_length())
attempt("int bytes", lambda: int(b"3" * 4400))
attempt("int bad text wins", lambda: int("x" * 5000))

print("-- raising the limit")
attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set 2**40", lambda: sys.set_int_max_str_digits(2**40))
attempt("set text", lambda: sys.set_int_max_str_digits("5000"))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set two", lambda: sys.set_int_max_str_digits(1, 2))
attempt("get arg", lambda: sys.get_int_max_str_digits(1))
attempt("set 6000", lambda: sys.set_int_max_str_digits(6000))
print("limit", sys.get_int_max_str_digits())
attempt("f-string", lambda: f"{big}")
attempt("int 4301 digits", lambda: int("9" * 4301) % 1000)
attempt("set keyword 640", lambda: sys.set_int_max_str_digits(maxdigits=640))
print("limit", sys.get_int_max_str_digits())
attempt("640 digits", lambda: f"{10**639}")
attempt("641 digits", lambda: f"{10**640}")
attempt("int 641", lambda: int("1" * 641))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
print("limit", sys.get_int_max_str_digits())
attempt("no limit", lambda: f"{big}")
attempt("no limit int", lambda: int("8" * 9000) % 97)
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
attempt("back to default", lambda: "%d" % big)
