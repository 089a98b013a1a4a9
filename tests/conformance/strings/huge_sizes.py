# Results too large to build fail with MemoryError/OverflowError/ValueError as in CPython,
# and huge-but-possible precisions give exact digits; the interpreter never aborts.


def attempt(label, make):
    try:
        r = make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label:<34} {type(e).__name__}: {e}")
    else:
        print(f"{label:<34} len={len(r)} tail={r[-12:]!r}")


attempt("center 10**12", lambda: "a".center(10**12))
attempt("center 2**63-1", lambda: "x".center(2**63 - 1))
attempt("center 2**63", lambda: "a".center(2**63))
attempt("ljust 2**62", lambda: "x".ljust(2**62))
attempt("ljust wide fill", lambda: "x".ljust(10**12, "é"))
attempt("rjust 10**12", lambda: "x".rjust(10**12))
attempt("rjust negative bigint", lambda: "x".rjust(-(2**64)))
attempt("zfill 10**12", lambda: "-5".zfill(10**12))
attempt("zfill 2**63", lambda: "x".zfill(2**63))
attempt("expandtabs 10**12", lambda: "a\tb".expandtabs(10**12))
attempt("expandtabs -2**31-1", lambda: "a\tb".expandtabs(-(2**31) - 1))
attempt("expandtabs 100", lambda: "a\tb\tc".expandtabs(100))
attempt("replace growing", lambda: ("x" * 10**6).replace("x", "y" * 10**6))
attempt("replace count 2**64", lambda: "aaa".replace("a", "b", 2**64))
attempt("replace count 1", lambda: "aaa".replace("a", "bb", 1))
attempt("join huge separator", lambda: ("-" * 10**6).join(["ab"] * 10**7))
attempt("join ordinary", lambda: ", ".join(str(i) for i in range(5)))
attempt("repeat", lambda: "ab" * 10**12)

# Precision limits and huge precisions of the float types.
attempt("format .1000000000000f", lambda: "{:.1000000000000f}".format(1.5))
attempt("format .3000000000 float", lambda: "{:.3000000000}".format(1.5))
attempt("format .3000000000 complex", lambda: "{:.3000000000}".format(1 + 1j))
attempt("format .3000000000 str", lambda: "{:.3000000000}".format("abc"))
attempt("format .70000g", lambda: "{:.70000g}".format(1.5))
attempt("format #.70000g", lambda: "{:#.70000g}".format(1.5))
attempt("format .70000e", lambda: "{:.70000e}".format(1.5))
attempt("format .1200%", lambda: "{:.1200%}".format(0.5))
attempt("format .1500e tiny", lambda: "{:.1500e}".format(5e-324))
attempt("percent .99999f", lambda: "%.99999f" % 1.0)
attempt("percent .2000f tiny", lambda: "%.2000f" % 1e-300)
attempt("percent .70000e", lambda: "%.70000e" % 1e-300)
attempt("percent .70000g", lambda: "%.70000g" % 0.1)
attempt("percent .1000000000000f", lambda: "%.1000000000000f" % 1.0)
attempt("percent .3000000000d", lambda: "%.3000000000d" % 1)
attempt("percent .3000000000s", lambda: "%.3000000000s" % "a")
attempt("percent .*s 3000000000", lambda: "%.*s" % (3000000000, "a"))
attempt("percent .300000d", lambda: "%.300000d" % 7)
attempt("percent 9999999999999999999d", lambda: "%9999999999999999999d" % 1)
attempt("percent *d 2**63", lambda: "%*d" % (2**63, 1))
attempt("spec too many digits", lambda: "{:>9999999999999999999}".format(1))
print("precise:", "%.60f" % 0.1)
print("precise:", "{:.30e}".format(2.0**-1074)[:40])
