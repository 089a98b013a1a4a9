# Decimal's common paths (money: one exponent, int quantities, quantize with rounding,
# sorting and comparing) against its general ones: same results, same flags.
from decimal import (Decimal, Context, localcontext, getcontext, setcontext, Inexact,
                     Rounded, InvalidOperation, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN,
                     ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP)

ROUNDINGS = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
             ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


def value():
    k = rand(40)
    if k == 0:
        return rand(3) and "-0.00" or "0"
    digits = str(rand(10 ** (1 + rand(12))))
    exp = [-2, -2, -2, -3, -4, 0, 1, rand(30) - 15][rand(8)]
    return ("-" if rand(3) == 0 else "") + digits + "E" + str(exp)


def flags(ctx):
    return sorted(s.__name__ for s, on in ctx.flags.items() if on)


# A ledger: prices times quantities, tax rounded half up, totals.
cent = Decimal("0.01")
rate = Decimal("0.0825")
total = Decimal("0")
lines = []
for i in range(300):
    price = Decimal("%d.%02d" % (rand(500), rand(100)))
    qty = rand(20) + 1
    line = (price * qty).quantize(cent, rounding=ROUND_HALF_UP)
    tax = (line * rate).quantize(cent, rounding=ROUND_HALF_UP)
    total += line + tax
    lines.append(line)
    if i % 30 == 0:
        print(i, price, qty, line, tax, total)
print("total", total, repr(total), f"{total:,.2f}")
print("sum", sum(lines), sum(lines, Decimal("0.000")))
print("mean", sum(lines) / len(lines))
print("max/min", max(lines), min(lines))
ordered = sorted(lines)
print("sorted", ordered[:5], ordered[-3:])
print("above 1000", sum(1 for x in lines if x > 1000), sum(1 for x in lines if x >= Decimal(1000)))
print("flags", flags(getcontext()))
getcontext().clear_flags()

# Mixed operands in several contexts, with the flags each operation raised.
for i in range(120):
    ctx = Context(prec=[28, 5, 9, 40][rand(4)], rounding=ROUNDINGS[rand(8)], traps=[])
    setcontext(ctx)
    a = Decimal(value())
    b = Decimal(value())
    n = rand(201) - 100
    out = [a + b, a - b, a * b, a * n, a + n, n - a, a.quantize(Decimal("1E%d" % (rand(8) - 5)),
                                                                 rounding=ROUNDINGS[rand(8)])]
    out += [a / b if b else "-", a / (n or 7), Decimal(n) / 8]
    cmps = [a < b, a <= b, a == b, a != b, a > b, a >= b, a < n, a == n, a > n]
    print(i, a, b, n, " ".join(str(x) for x in out), "".join("TF"[not c] for c in cmps),
          flags(ctx))
setcontext(Context())

# Zero totals take their sign from the rounding.
for rounding in (ROUND_HALF_EVEN, ROUND_FLOOR):
    with localcontext() as ctx:
        ctx.rounding = rounding
        print(rounding, Decimal("1.50") - Decimal("1.50"), Decimal("-0.00") + Decimal("-0.00"),
              Decimal("-0.00") + Decimal("0.00"), Decimal("2.5") + Decimal("-2.5"))

# Results past the precision are rounded; quantize past it is invalid.
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal("999.99") * 3, Decimal("999.99") * Decimal("1000.01"),
          Decimal("123456.7") + Decimal("0.05"), Decimal("99999.9") + Decimal("0.1"))
    print(flags(ctx))
    ctx.clear_flags()
    ctx.traps[InvalidOperation] = False
    print(Decimal("123.456").quantize(Decimal("0.0001")))
    print(flags(ctx))

# Trapped signals from quantize.
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    print(Decimal("1.50").quantize(cent))
    try:
        Decimal("1.005").quantize(cent, rounding=ROUND_HALF_UP)
    except Inexact as e:
        print("Inexact", type(e).__name__, e)
with localcontext() as ctx:
    ctx.traps[Rounded] = True
    try:
        Decimal("1.000").quantize(cent)
    except Rounded as e:
        print("Rounded", e)
    print(Decimal("1.5").quantize(Decimal("0.001")))

# Halves under each rounding.
for text in ["1.005", "2.675", "0.125", "-0.125", "-2.5", "7.9950", "0.0049"]:
    print(text, [str(Decimal(text).quantize(cent, rounding=r)) for r in ROUNDINGS],
          round(Decimal(text), 2), round(Decimal(text)))

# Construction and text.
for text in ["12.50", "-0.05", "1.", ".5", "-.5", "007.10", "1_000.5", " 3.25 ", "1e3", "-1E-8",
             "0.000001", "0.0000001", "123456789012345678901234567890.5"]:
    d = Decimal(text)
    print(repr(text), d, repr(d), d.as_tuple(), d.to_eng_string())
print(Decimal(10) * Decimal("0.1"), Decimal(-7) * 3, 3 * Decimal("-0.50"), Decimal(True) * 2)
try:
    Decimal("1.2.3")
except InvalidOperation as e:
    print("InvalidOperation", e)

# Division: exact quotients keep the ideal exponent, inexact ones round and flag.
for x, y in [("10", "4"), ("1", "3"), ("2.50", "0.5"), ("100", "8"), ("1E+10", "2"), ("7", "7"),
             ("123.45", "0.0825"), ("1", "1024"), ("-1", "6"), ("0.00", "3")]:
    with localcontext() as ctx:
        ctx.clear_flags()
        q = Decimal(x) / Decimal(y)
        print(x, "/", y, "=", q, flags(ctx))
with localcontext(Context(prec=5, Emin=-6, Emax=6, traps=[])) as ctx:
    for x, y in [("1", "3000000"), ("1", "7000000000"), ("999999", "0.1"), ("1", "3")]:
        ctx.clear_flags()
        print(x, "/", y, "=", Decimal(x) / Decimal(y), flags(ctx))
with localcontext() as ctx:
    ctx.traps[Rounded] = True
    try:
        Decimal(1) / 3
    except Rounded as e:
        print("Rounded", e)
    print(Decimal(1) / 4)

# Format specs, each used twice (the second time from the parsed-spec cache).
for v in ["0", "-0", "1234567.891", "-0.005", "1E+5", "Infinity", "-NaN", "999.995", "1E-7"]:
    row = []
    for spec in ["", ".2f", ",.2f", "10.3f", "^15,.1f", "+.3e", "g", ".1%", "020,.2f", "z.1f",
                 "*>10.2f", ".0f", "n", "x", ",n"]:
        for _ in range(2):
            try:
                row.append(format(Decimal(v), spec))
            except ValueError as e:
                row.append("ValueError: %s" % e)
    print(v, row)
try:
    Decimal(1).__format__(5)
except TypeError as e:
    print("TypeError", e)
print(round(Decimal("2.675"), 2), round(Decimal("-2.5")), round(Decimal("1234.5"), -2))

# Hashes: equal numbers hash equal across exponents and types.
for text in ["0", "-0", "1", "-1", "1.10", "0.001", "1E+70", "1E-70", "-123.456E-30", "1E+63",
             "1E-63", "1E-64", "9" * 40, "Infinity", "-Infinity", "0.5", "-2.50"]:
    print(text, hash(Decimal(text)))
print(hash(Decimal("2.5")) == hash(2.5), hash(Decimal(10**30)) == hash(10**30),
      hash(Decimal("1.10")) == hash(Decimal("1.1")), len({Decimal("1.10"), Decimal("1.1"), 1.1}))
