# Needs /tmp/huntb-memoryerror-kind.patch: huge widths in format()/str.format/f-strings/% are
# MemoryError (as CPython), not an abort and not OverflowError.
from decimal import Decimal
cases = [
    lambda: "{:>1000000000000}".format(1),
    lambda: f"{1:1000000000000}",
    lambda: format(1.5, ">1000000000000"),
    lambda: "{:1000000000000.2f}".format(1.0),
    lambda: "{:1000000000000}".format("é"),
    lambda: "{:1000000000000}".format(1 + 2j),
    lambda: "{:1000000000000,}".format(1),
    lambda: "{:01000000000000}".format(1),
    lambda: "%1000000000000d" % 1,
    lambda: "%-1000000000000s" % "x",
    lambda: "%*d" % (10**12, 1),
    lambda: "%*s" % (-3000000000000, "a"),
    lambda: "{:1000000000000}".format(Decimal(1)),
]
for i, make in enumerate(cases):
    try:
        make()
    except MemoryError as e:
        print(i, "MemoryError", repr(str(e)))
    except Exception as e:
        print(i, type(e).__name__, e)
