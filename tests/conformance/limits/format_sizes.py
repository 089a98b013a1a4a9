# Format widths and precisions from untrusted numbers.

cases = [
    ("format width 10**13", lambda: format(1, "10000000000000d")),
    ("format width 2**63-1", lambda: format(1, "9223372036854775807")),
    ("format width 2**63", lambda: format("a", "9223372036854775808")),
    ("str.format width", lambda: "{:>10000000000000}".format("x")),
    ("nested width", lambda: f"{1:>{10**12}}"),
    ("float width", lambda: format(2.5, "10000000000000")),
    ("percent width", lambda: "%10000000000000d" % 1),
    ("percent star width", lambda: "%*d" % (10**12, 1)),
    ("percent star width 2**70", lambda: "%*d" % (2**70, 1)),
    ("bytes star width", lambda: b"%*d" % (10**12, 1)),
    ("bytes zero star width", lambda: b"%0*d" % (10**12, 1)),
    ("percent star prec", lambda: "%.*f" % (10**12, 1.5)),
    ("bytes star prec", lambda: b"%.*d" % (10**12, 1)),
    ("percent prec 10**10", lambda: "%.10000000000f" % 1.5),
    ("format prec 10**10", lambda: format(1.5, ".10000000000f")),
    ("percent prec 70000 f", lambda: "%.70000f" % (1 / 3)),
    ("format prec 70000 e", lambda: format(2 / 3, ".70000e")),
    ("format prec 70000 g", lambda: format(2 / 3, "#.70000g")),
    ("format prec 70000 %", lambda: format(0.125, ".70000%")),
    ("percent prec 3000 f", lambda: "%.3000f" % 0.1),
]
for label, fn in cases:
    try:
        text = fn()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        digits = sum(map(ord, str(text)))
        print(f"{label}: len={len(text)} head={text[:12]!r} tail={text[-12:]!r} sum={digits}")
