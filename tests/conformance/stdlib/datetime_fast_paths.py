# datetime arithmetic, parsing and formatting as data scripts use them, including the
# corners next to the common cases: subclasses, bools and floats as fields, bad fields,
# ISO strings that are almost plain, strftime literals and lone percent signs.
from datetime import date, datetime, time, timedelta, timezone


class MyDate(date):
    def label(self):
        return f"<{self.isoformat()}>"


class MyDateTime(datetime):
    pass


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Construction: plain ints, bools, index-likes, and out-of-range fields.
print(date(2024, 2, 29), date(True, True, True), date(2023, 12, 31).toordinal())
attempt("feb30", lambda: date(2024, 2, 30))
attempt("feb29", lambda: date(2023, 2, 29))
attempt("month0", lambda: date(2024, 0, 1))
attempt("year0", lambda: date(0, 1, 1))
attempt("day0", lambda: date(2024, 1, 0))
attempt("float", lambda: date(2024.0, 1, 1))
attempt("hour24", lambda: datetime(2024, 1, 1, 24))
attempt("minute60", lambda: datetime(2024, 1, 1, 23, 60))
attempt("us", lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000))
attempt("fold2", lambda: datetime(2024, 1, 1, fold=2))
attempt("dt-bool", lambda: datetime(2024, 1, 1, True, False))

# timedelta from ints, floats and mixes.
print(timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(weeks=2, hours=-3), timedelta(days=1.5))
print(timedelta(hours=1, minutes=-61), timedelta(milliseconds=1500), timedelta(seconds=-1))
print(repr(timedelta(days=-2, seconds=30)), timedelta(microseconds=-1).total_seconds())
attempt("td-big", lambda: timedelta(days=10**9))
attempt("td-str", lambda: timedelta(days="1"))

# Date arithmetic, including across leap days, years and the range ends.
d = date(2024, 2, 28)
for n in (1, 2, 366, -59, -366, 10000):
    print(n, d + timedelta(days=n), d - timedelta(days=n), (d + timedelta(n)).weekday())
print(date(2024, 3, 1) - date(2023, 3, 1), date(2020, 1, 1) - date(2024, 1, 1))
print(timedelta(days=3) + d, d + timedelta(hours=47), d - timedelta(hours=1))
attempt("max+1", lambda: date.max + timedelta(1))
attempt("min-1", lambda: date.min - timedelta(1))
m = MyDate(2024, 1, 31)
print(type(m + timedelta(1)).__name__, (m + timedelta(1)).label(), type(m - timedelta(1)).__name__)
print(m - date(2024, 1, 1), m == date(2024, 1, 31), hash(m) == hash(date(2024, 1, 31)))

# Ordering and hashing of dates and datetimes.
days = [date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15), date(2024, 1, 15)]
print(sorted(days), max(days), len(set(days)), days[2] == days[3], days[0] != days[1])
print(date(2024, 1, 1) < date(2024, 1, 2) <= date(2024, 1, 2), date(2024, 1, 1) == "2024-01-01")
attempt("date<dt", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
attempt("dt<date", lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
a = datetime(2024, 3, 10, 12, 0, 0, 1)
b = datetime(2024, 3, 10, 12, 0, 0)
print(a > b, a >= b, a < b, a <= b, a == b, a != b, b == b.replace(fold=1))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
x = datetime(2024, 3, 10, 12, tzinfo=utc)
y = datetime(2024, 3, 10, 14, tzinfo=plus2)
print(x == y, x < y, x <= y, hash(x) == hash(y), y - x, y.astimezone(utc))
attempt("naive<aware", lambda: b < x)
print(b == x, sorted([y, x, datetime(2024, 1, 1, tzinfo=plus2)]))
stamps = [datetime(2024, 1, 1) + timedelta(minutes=37 * k) for k in range(6)]
print([s.strftime("%H:%M") for s in sorted(stamps, reverse=True)])

# datetime arithmetic and subclasses.
print(a + timedelta(days=1, microseconds=999999), a - timedelta(weeks=1), a - b, b - a)
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1))
md = MyDateTime(2024, 1, 1, 8)
print(type(md + timedelta(hours=1)).__name__, md + timedelta(hours=1), type(md - md).__name__)
attempt("dt-overflow", lambda: datetime.max + timedelta(microseconds=1))

# isoformat and str.
for v in (datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 60), x, y):
    print(v.isoformat(), str(v), v.isoformat(" "), v.isoformat(timespec="minutes"))
print(datetime(33, 1, 1).isoformat(), date(7, 7, 7).isoformat(), repr(datetime(2024, 1, 1, 0, 0)))

# fromisoformat: the plain forms and their near misses.
for s in ["2024-01-05", "2024-02-29", "20240105", "2024-W01-1", "2024-13-01", "2024-02-30",
          "2024-1-05", "2024-01-5", "２０２４-01-05", "2024/01/05", "2024-01-05 "]:
    attempt("date " + s, lambda: date.fromisoformat(s))
for s in ["2024-01-05T10:11:12", "2024-01-05 10:11:12", "2024-01-05T10:11:12.123456",
          "2024-01-05T10:11:12.123", "2024-01-05T10:11:12,500000", "2024-01-05T10:11",
          "2024-01-05T10:11:12+05:30", "2024-01-05T10:11:12Z", "2024-01-05T10:11:12.12345Z",
          "2024-01-05T25:11:12", "2024-01-05T10:61:12", "2024-01-05T10:11:12.1234567",
          "2024-01-05", "2024-01-05T", "2024-01-05T10:11:1x"]:
    attempt("dt " + s, lambda: datetime.fromisoformat(s))
print(type(MyDateTime.fromisoformat("2024-01-05T10:11:12")).__name__)
print(type(MyDate.fromisoformat("2024-01-05")).__name__)

# strftime: literal runs, every common directive, percent signs at the ends.
t = datetime(2024, 7, 4, 15, 9, 3, 250)
for fmt in ["%Y-%m-%d %H:%M:%S", "report for %A, %d %B %Y", "%y%m%d_%H%M", "%I:%M %p",
            "100%%", "%", "trailing %", "%%Y", "%j/%U/%W", "%a %b %e", "%f", "no directives",
            "%Y%", "%-d/%-m", "[%Y]" * 3, "%c|%x|%X", "%G-W%V-%u"]:
    print(repr(fmt), repr(t.strftime(fmt)), repr(t.date().strftime(fmt)))
print(f"{t:%d.%m.%Y}", "{:%H:%M}".format(t), format(t.date(), "%b %Y"))
print(time(7, 5).strftime("%H:%M %p"), time(23, 59, 59, 5).isoformat())
