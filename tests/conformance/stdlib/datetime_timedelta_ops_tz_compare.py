# timedelta arithmetic and rounding, tz-aware comparisons of times and datetimes, a custom
# tzinfo's fromutc, IsoCalendarDate fields and timezone equality.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)

a = timedelta(days=1, seconds=5, microseconds=999999)
b = timedelta(seconds=86399, microseconds=2)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(repr(a - a), repr(b - timedelta(days=3)))
print(a * 3, 3 * a, a * 0.5, a * -1.25, a * 0, a * True)
print(a / 3, a / 7, a / 0.3, a / a, b / a, a // b, a // 4, a // -7)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5, timedelta(seconds=1) / 1e6 * 3)
show("td * str", lambda: a * "x")
show("td / str", lambda: a / "x")
show("td // float", lambda: a // 2.0)
show("td / 0", lambda: a / 0)
show("td // 0", lambda: a // 0)
show("td / zero td", lambda: a / timedelta(0))
show("td - int", lambda: a - 1)
show("int - td", lambda: 1 - a)
show("overflow", lambda: timedelta(days=999999999) + timedelta(days=1))
show("underflow", lambda: -timedelta(days=999999999) - timedelta(days=1))
show("max*2", lambda: timedelta.max * 2)
print(timedelta.max - timedelta.max, timedelta.min + timedelta.max)
print(sum([a, b, -a], timedelta()), hash(a) == hash(timedelta(days=1, seconds=5, microseconds=999999)))

class TD(timedelta):
    pass

x = TD(hours=1)
print(type(x - x).__name__, type(-x).__name__, type(abs(x)).__name__, type(x * 2).__name__)

# times with offsets
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
minus90 = timezone(timedelta(minutes=-90), "W")
t1 = time(12, 0, tzinfo=utc)
t2 = time(14, 0, tzinfo=plus2)
t3 = time(10, 30, tzinfo=minus90)
print(t1 == t2, t1 < t3, t3 > t2, sorted([t3, t1, time(13, 59, 59, tzinfo=plus2)]))
print(time(1) == time(1, tzinfo=utc), time(1) != time(1, tzinfo=utc))
show("naive < aware time", lambda: time(1) < time(1, tzinfo=utc))
show("time < int", lambda: time(1) < 5)
print(time(5, tzinfo=plus2) == time(5, tzinfo=timezone(timedelta(hours=2), "other")))

# datetimes with offsets
d1 = datetime(2024, 3, 10, 12, tzinfo=utc)
d2 = datetime(2024, 3, 10, 14, tzinfo=plus2)
d3 = datetime(2024, 3, 10, 10, 29, tzinfo=minus90)
print(d1 == d2, d1 < d3, d3 < d1, d2 <= d1, d2 >= d3, d1 != d3)
print(sorted([d3, d2, datetime(2024, 3, 10, 11, 59, tzinfo=utc)]))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=utc))
show("naive < aware", lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc))
show("naive - aware", lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=utc))
print(d2 - d3, d3 - d2, (d2 - d1).total_seconds())
print(len({d1, d2, d3}), d1.astimezone(minus90), d3.astimezone(utc))

class Mountain(tzinfo):
    """A toy zone: UTC-7, with one hour of DST from April through September."""
    def utcoffset(self, dt):
        return timedelta(hours=-7) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)
    def tzname(self, dt):
        return "MDT" if self.dst(dt) else "MST"

m = Mountain()
for when in [datetime(2024, 1, 15, 12, tzinfo=utc), datetime(2024, 7, 15, 12, tzinfo=utc),
             datetime(2024, 4, 1, 5, tzinfo=utc), datetime(2024, 10, 1, 6, tzinfo=utc)]:
    local = when.astimezone(m)
    print(when, "->", local, local.tzname(), local.utcoffset(), local.dst())
print(m.fromutc(datetime(2024, 6, 1, tzinfo=m)))
show("fromutc other tz", lambda: m.fromutc(datetime(2024, 6, 1, tzinfo=utc)))
show("fromutc naive", lambda: m.fromutc(datetime(2024, 6, 1)))
show("fromutc date", lambda: m.fromutc(date(2024, 6, 1)))

class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def dst(self, dt):
        return None


nd = NoDst()
show("fromutc dst None", lambda: nd.fromutc(datetime(2024, 1, 1, tzinfo=nd)))
show("base tzinfo utcoffset", lambda: tzinfo().utcoffset(None))
show("base tzinfo dst", lambda: tzinfo().dst(None))
show("base tzinfo tzname", lambda: tzinfo().tzname(None))
show("aware with base tzinfo", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())

# isocalendar and replace
for d in [date(2024, 1, 1), date(2021, 1, 3), date(2020, 12, 31), date(2026, 11, 22)]:
    iso = d.isocalendar()
    print(d, iso, iso.year, iso.week, iso.weekday, tuple(iso), iso[1:], iso == tuple(iso))
print(datetime(2024, 5, 6, 7, 8).isocalendar().week)
print(date(2024, 2, 29).replace(year=2028), date(2024, 2, 29).replace(month=3, day=31))
show("replace bad day", lambda: date(2024, 2, 29).replace(year=2023))
show("replace bad month", lambda: date(2024, 1, 1).replace(month=13))
print(date(2024, 1, 1).replace())

class MyDate(date):
    pass
print(type(MyDate(2024, 1, 2).replace(day=3)).__name__)

# timezone equality and hashing
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "Z") is timezone.utc)
print(len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "Y"), utc}))
print(timezone.utc == 0, timezone(timedelta(hours=-3)) != timezone(timedelta(hours=3)))
print(repr(timezone(timedelta(hours=5, minutes=30))), repr(timezone(timedelta(hours=-1), "A")))

class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None
    def dst(self, dt):
        return timedelta(0)

class Flaky(tzinfo):
    """dst() answers once, then gives up: fromutc must notice."""
    def __init__(self):
        self.calls = 0
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        self.calls += 1
        return timedelta(0) if self.calls == 1 else None

no = NoOffset()
show("fromutc no offset", lambda: no.fromutc(datetime(2024, 1, 1, tzinfo=no)))
fl = Flaky()
show("fromutc flaky", lambda: fl.fromutc(datetime(2024, 1, 1, tzinfo=fl)))
print("flaky calls", fl.calls)
