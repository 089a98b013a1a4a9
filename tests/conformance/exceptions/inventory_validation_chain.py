# A data-processing script validating inventory records: custom hierarchies, chained
# errors (raise from / implicit context / from None), notes, and a summary of failures.
class InventoryError(Exception):
    """Base class of the script's errors."""


class RecordError(InventoryError):
    def __init__(self, lineno, reason):
        super().__init__(lineno, reason)
        self.lineno = lineno
        self.reason = reason

    def __str__(self):
        return f"line {self.lineno}: {self.reason}"


class QuantityError(RecordError):
    pass


RAW = """\
widget,3,2.50
gadget,x,1.00
gizmo,4
doohickey,-2,3.00
thing,5,abc
,1,1.0
sprocket,10,0.75
"""


def parse(lineno, line):
    parts = line.split(",")
    try:
        name, qty, price = parts
    except ValueError as e:
        raise RecordError(lineno, f"bad field count ({e})") from e
    if not name:
        raise RecordError(lineno, "empty name") from None
    try:
        qty = int(qty)
    except ValueError:
        raise QuantityError(lineno, f"quantity {qty!r} is not a number")
    if qty < 0:
        err = QuantityError(lineno, "negative quantity")
        err.add_note(f"record was {line!r}")
        raise err
    price = float(price)
    return name, qty, price


good, bad = [], []
for n, line in enumerate(RAW.splitlines(), 1):
    try:
        good.append(parse(n, line))
    except QuantityError as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        print("quantity:", e, "| context:", ctx, "| notes:", getattr(e, "__notes__", None))
        bad.append(e)
    except RecordError as e:
        cause = repr(e.__cause__)
        print("record:", e, "| cause:", cause, "| suppress:", e.__suppress_context__)
        bad.append(e)
    except ValueError as e:
        print("other:", type(e).__name__, e)
        bad.append(e)

print("good:", good)
print("total value:", sum(q * p for _, q, p in good))
print("failures:", [type(e).__name__ for e in bad])
print("args:", [e.args for e in bad])
print("isinstance:", [isinstance(e, InventoryError) for e in bad])
try:
    raise ExceptionGroup("validation failed", bad)
except* QuantityError as eg:
    print("quantity group:", [str(e) for e in eg.exceptions])
except* RecordError as eg:
    print("record group:", len(eg.exceptions), eg.message)
except* ValueError as eg:
    print("value group:", [str(e) for e in eg.exceptions])
