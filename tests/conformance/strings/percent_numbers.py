# %-formatting of numbers that are not plain ints.
class Celsius:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return round(self.v)

    def __float__(self):
        return float(self.v)


class Ticket:
    def __index__(self):
        return 42


class Broken:
    def __int__(self):
        raise ValueError("no integer value")


class Label(str):
    pass


t = Celsius(21.6)
print("%d degrees, %.1f exactly, %05i padded" % (t, t, t))
print("ticket #%d / %x / %o" % (Ticket(), Ticket(), Ticket()))
print("%d %d %d" % (True, 7.99, -7.99))
print(b"%d|%5d" % (Celsius(3.2), Ticket()))
for fmt, value in (("%d", Label("5")), ("%d", None), ("%x", t), ("%d", Broken()),
                   ("%d", float("nan")), ("%i", float("-inf")), ("%d", 3 + 4j)):
    try:
        print(fmt % value)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
try:
    print(b"%d" % Broken())
except ValueError as e:
    print("bytes", e)
