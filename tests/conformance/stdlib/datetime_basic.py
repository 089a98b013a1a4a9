# datetime: timedelta, date, time, datetime and timezone arithmetic, formatting, parsing.
import datetime
from datetime import date, time, timedelta, timezone, tzinfo
from datetime import datetime as DT

print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC is timezone.utc)

# timedelta
tds = [
    timedelta(),
    timedelta(1),
    timedelta(days=-1),
    timedelta(seconds=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
    timedelta(microseconds=-1),
    timedelta(days=1.5),
    timedelta(seconds=0.1),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=-2.5),
    timedelta(hours=-1.25, minutes=30.5),
    timedelta(days=-2, microseconds=5),
    timedelta(milliseconds=1500),
]
for td in tds:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a = timedelta(days=1, hours=2)
b = timedelta(hours=5, microseconds=3)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b), a * 3, 3 * a, a * 0.5, a * -1.25, a / 4, a / 0.3)
print(a / b, a // b, a % b, divmod(a, b), a // 7, a / timedelta(hours=1), timedelta(seconds=7) // 2)
print(a == timedelta(hours=26), a != b, a > b, a <= b, sorted([a, b, -b, timedelta(0)]))
print(a == 5, timedelta(0) == False, hash(a) == hash(timedelta(hours=26)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for bad in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1)]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
for bad in [lambda: timedelta("1"), lambda: timedelta(seconds=[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.isoformat(), f"{d}", f"{d:%d/%m/%Y}")
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d, timedelta(10) + d)
print(d.replace(day=1), d.replace(year=2023, day=28), date.fromordinal(738000), date.fromordinal(1), date.min, date.max)
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2015, 12, 31), (2008, 12, 29), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), x.strftime("%a %A %b %B %j %U %W %V %G %u %w"))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2004, 1, 1))
for s in ["2024-02-29", "20240229", "2021-W01-1", "2021W011", "2020-W53", "2020W53"]:
    print(s, date.fromisoformat(s))
for bad in ["2024-2-29", "2023-02-29", "", "2024/02/29", "2024-02-29T", "abcd-ef-gh", "2024-13-01"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 13, 1), (2021, 2, 29), (2020, 4, 31), (2020, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(2020.0, 1, 1), ("2020", 1, 1)]:
    try:
        date(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: date.min - timedelta(1), lambda: date.max + timedelta(1)]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    date.fromordinal(0)
except ValueError as e:
    print("ValueError:", e)
try:
    date.fromisocalendar(2021, 53, 1)
except ValueError as e:
    print("ValueError:", e)
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == "2020-01-01")
print(max(date(2020, 5, 1), date(2019, 12, 31)), sorted([date(2020, 3, 1), date(2020, 1, 1), date(2020, 2, 1)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))

# time
times = [time(), time(12, 30), time(12, 30, 15), time(12, 30, 15, 500), time(23, 59, 59, 999999), time(1, 2, 3, tzinfo=timezone.utc), time(4, 5, fold=1)]
for t in times:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.tzname())
t = time(9, 5, 7, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(9, 5).isoformat(timespec=spec))
try:
    t.isoformat("weeks")
except ValueError as e:
    print("ValueError:", e)
print(t.strftime("%H:%M:%S.%f %I %p %%"), f"{t:%H h %M m}", t.replace(hour=23), t.replace(microsecond=0, tzinfo=timezone.utc))
print(time.fromisoformat("04:23:01"), time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23"), time.fromisoformat("04:23:01+04:00"), time.fromisoformat("T042301Z"))
print(time.fromisoformat("04:23:01.5"), time.fromisoformat("04:23:01,123456789"))
for bad in ["4:23", "04:23:", "25:00", "nope", ""]:
    try:
        time.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6), (-1,)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    time(fold=2)
except ValueError as e:
    print("ValueError:", e)
try:
    time(1, tzinfo=5)
except TypeError as e:
    print("TypeError:", e)
print(time(1) < time(2), time(1, 30) == time(1, 30), time.min, time.max, time.resolution)
print(time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc), time(1) == time(1, tzinfo=timezone.utc))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)

# datetime
dt = DT(2024, 3, 10, 14, 5, 9, 250)
print(dt, repr(dt), repr(DT(2024, 3, 10)), repr(DT(2024, 3, 10, 0, 0, 7)), dt.date(), dt.time(), dt.timetz())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat("_", "milliseconds"), dt.ctime())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f | %a %b %d | %c | %x | %X | %j | %y | %I%p | %z%Z | %e %k %l %P %D %F %T %R %r | %Q %%"))
print(f"{dt:%A, %B %d, %Y}", format(dt, ""), "{:%H:%M}".format(dt))
print(dt + timedelta(days=30, hours=12), dt - timedelta(weeks=10), dt - DT(2024, 1, 1), DT(2024, 1, 1) - dt)
print(dt.replace(year=2023, minute=0), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(DT.combine(date(2020, 5, 17), time(8, 30)), repr(DT.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc))))
print(DT.fromordinal(738000), DT.fromisocalendar(2024, 10, 7), DT.min, DT.max, DT.resolution)
for s in ["2024-03-10", "2024-03-10T14:05:09", "2024-03-10 14:05", "2024-03-10T14:05:09.250", "2024-03-10T14:05:09.000250+05:30",
          "2024-03-10T14:05:09Z", "20240310T140509", "2024-03-10T14", "2024-03-10T14:05:09-0800", "2011-W01-2T00:05:23.283"]:
    print(s, repr(DT.fromisoformat(s)))
for bad in ["2024-03-10T", "2024-03-10T25:00", "2024-03-10X14:05:09.1.2", "10-03-2024", "2024-03-10T24:00:00"]:
    try:
        DT.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    DT.fromisoformat(20240310)
except TypeError as e:
    print("TypeError:", e)
print(DT.utcfromtimestamp(0), DT.utcfromtimestamp(1700000000), DT.utcfromtimestamp(1700000000.123456), DT.utcfromtimestamp(-86400.5))
print(dt == DT(2024, 3, 10, 14, 5, 9, 250), dt > DT(2024, 3, 10), dt == date(2024, 3, 10), date(2024, 3, 10) == dt)
try:
    dt < date(2024, 3, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2024, 3, 10) < dt
except TypeError as e:
    print("TypeError:", e)
print(isinstance(dt, date), issubclass(DT, date), dt - timedelta(0) == dt)
print(sorted([DT(2020, 1, 1, 5), DT(2020, 1, 1, 1), DT(2019, 12, 31, 23)]))

# timezone and aware datetimes
tz_plus = timezone(timedelta(hours=5, minutes=30))
tz_minus = timezone(timedelta(hours=-8), "PST")
tz_odd = timezone(timedelta(hours=1, seconds=5, microseconds=7))
for tz in [timezone.utc, tz_plus, tz_minus, tz_odd, timezone(timedelta(0)), timezone(timedelta(0), "Zulu"), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, tz_plus == timezone(timedelta(minutes=330)), tz_minus == timezone(timedelta(hours=-8)))
for args in [(timedelta(hours=24),), (timedelta(hours=-25),)]:
    try:
        timezone(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(5,), (timedelta(0), 5)]:
    try:
        timezone(*args)
    except TypeError as e:
        print("TypeError:", e)
aware = DT(2024, 6, 1, 12, 0, tzinfo=tz_plus)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.isoformat(), aware.strftime("%z %Z"))
print(aware.astimezone(timezone.utc), aware.astimezone(tz_minus), aware.astimezone(tz_odd), aware.astimezone(tz_plus) is aware)
other = DT(2024, 6, 1, 6, 30, tzinfo=timezone.utc)
print(aware == other, aware - other, aware - DT(2024, 6, 1, tzinfo=tz_minus), hash(aware) == hash(other))
print(DT(2024, 6, 1, 12) == aware, aware + timedelta(hours=13))
for bad in [lambda: DT(2024, 6, 1) < aware, lambda: DT(2024, 6, 1) - aware]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f"Fixed({self.name})"


f = Fixed(-150, "NST")
x = DT(2024, 1, 2, 3, 4, 5, tzinfo=f)
print(x, repr(x), x.utcoffset(), x.tzname(), x.dst(), x.strftime("%z|%Z"), x.astimezone(timezone.utc))
print(timezone.utc.fromutc(DT(2020, 1, 1, tzinfo=timezone.utc)), f.fromutc(DT(2020, 1, 1, tzinfo=f)))
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
