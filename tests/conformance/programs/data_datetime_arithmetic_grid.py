from datetime import date, datetime, timedelta, timezone
import itertools
base_dates = [date(1, 1, 1), date(1999, 12, 31), date(2000, 2, 28), date(2000, 2, 29), date(2023, 1, 31),
              date(2024, 2, 29), date(2024, 12, 31), date(2100, 3, 1), date(9999, 12, 31), date(2024, 1, 1)]
deltas = [timedelta(0), timedelta(days=1), timedelta(days=-1), timedelta(days=27), timedelta(days=28),
          timedelta(days=-28), timedelta(days=365), timedelta(days=-366), timedelta(weeks=52, days=3),
          timedelta(days=146097), timedelta(hours=25), timedelta(seconds=-1), timedelta(microseconds=1)]
for d, td in itertools.product(base_dates, deltas):
    for op in ("+", "-"):
        try:
            r = d + td if op == "+" else d - td
            print(d, op, repr(td), "=", r, r.weekday(), r.toordinal())
        except OverflowError as e:
            print(d, op, repr(td), "OverflowError:", e)
dts = [datetime(2024, 2, 28, 23, 59, 59, 999999), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59),
       datetime(2024, 3, 31, 12, 0), datetime(2023, 12, 31, 0, 0, 0, 1)]
tds = [timedelta(microseconds=1), timedelta(seconds=1), timedelta(days=1, seconds=86399, microseconds=999999),
       timedelta(days=-1), timedelta(hours=-12), timedelta(days=30, hours=23, minutes=59), timedelta(microseconds=-1),
       timedelta(days=400, seconds=3)]
for dt, td in itertools.product(dts, tds):
    for op in ("+", "-"):
        try:
            r = dt + td if op == "+" else dt - td
            print(dt, op, td, "=", r.isoformat())
        except OverflowError as e:
            print(dt, op, td, "OverflowError:", e)
for a, b in itertools.product(dts, repeat=2):
    diff = a - b
    print(repr(diff), diff.total_seconds(), str(diff), diff == -(b - a))
for a, b in itertools.product(tds, repeat=2):
    s, df = a + b, a - b
    print(repr(s), repr(df), s - b == a, abs(df), -df, a < b, a * 2 - b, (a + b) // 2 if True else None)
big = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
for t in (big, timedelta.min, timedelta.max, timedelta.min + big):
    try:
        print(repr(t + timedelta(microseconds=1)))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(repr(t - timedelta(microseconds=1)))
    except OverflowError as e:
        print("OverflowError:", e)
d = date(2024, 1, 1)
seen = []
for i in range(0, 1500, 7):
    x = d + timedelta(days=i)
    y = x - timedelta(days=i)
    assert y == d, (x, y)
    seen.append(x.strftime("%m%d"))
print(len(seen), seen[:5], seen[-5:])
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 1, 23, 0, tzinfo=tz)
print(a + timedelta(hours=2), (a + timedelta(days=40)).utcoffset(), a - datetime(2024, 1, 1, tzinfo=timezone.utc))
class MyDate(date):
    pass
m = MyDate(2024, 1, 30) + timedelta(days=1)
print(type(m).__name__, m, type(MyDate(2024, 1, 5) - timedelta(days=2)).__name__)
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059), date(2024, 5, 17).toordinal())
