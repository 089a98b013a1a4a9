# datetime + timedelta across day, month, year and leap boundaries; subtraction, hashing,
# date() and subclasses: the arithmetic a log or schedule script does.
from datetime import datetime, date, timedelta, timezone

base = datetime(2023, 12, 31, 23, 59, 59, 999999)
deltas = [
    timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(seconds=1),
    timedelta(hours=-24), timedelta(days=1), timedelta(days=-1, microseconds=1),
    timedelta(hours=36, minutes=1), timedelta(days=59), timedelta(days=366),
    timedelta(days=-365 * 4), timedelta(0), timedelta(weeks=-1, seconds=86399),
]
for td in deltas:
    r = base + td
    print(f"{str(td):>28} -> {r}  back={r - td == base}  diff={r - base}")

# Leap days and month ends, stepping by hours.
for start in (datetime(2024, 2, 28, 20), datetime(2023, 2, 28, 20), datetime(1900, 2, 28, 22),
              datetime(2000, 2, 28, 22), datetime(2024, 4, 30, 23, 30), datetime(1, 1, 1)):
    steps = [start + timedelta(hours=h) for h in (0, 3, 6, 27, 24 * 31)]
    print(" | ".join(s.strftime("%Y-%m-%d %H:%M") for s in steps))
    print([s.toordinal() for s in steps], [s.weekday() for s in steps])

# Subtraction between datetimes in both directions, with microseconds borrowing.
pairs = [
    (datetime(2024, 3, 1), datetime(2024, 2, 28, 12, 30)),
    (datetime(2024, 1, 1, 0, 0, 0, 1), datetime(2023, 12, 31, 23, 59, 59, 999999)),
    (datetime(2020, 1, 1), datetime(2021, 1, 1)),
    (datetime(9999, 12, 31, 23, 59, 59), datetime(1, 1, 1)),
    (datetime(2023, 6, 1, 8, 15), datetime(2023, 6, 1, 8, 15)),
]
for a, b in pairs:
    d = a - b
    print(repr(d), d.total_seconds(), d.days, d.seconds, d.microseconds, b + d == a)

# Overflow at the edges of the range.
for dt, td in ((datetime.max, timedelta(microseconds=1)), (datetime.min, timedelta(microseconds=-1)),
               (datetime(9999, 12, 31), timedelta(days=1)), (datetime(1, 1, 1, 5), -timedelta(hours=6))):
    try:
        print(dt + td)
    except OverflowError as e:
        print("OverflowError:", e)
print(datetime(9999, 12, 31) + timedelta(hours=23, minutes=59), datetime(1, 1, 2) - timedelta(days=1))

# Hashes agree with equality; datetimes as dict and set keys.
stamps = [datetime(2023, 5, 1, h % 3) for h in range(9)]
print(len(set(stamps)), sorted(set(stamps)))
counts = {}
for s in stamps + [s + timedelta(0) for s in stamps]:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))
print(hash(datetime(2023, 1, 1)) == hash(datetime(2023, 1, 1, fold=1)),
      hash(datetime(2023, 1, 1)) == hash(datetime(2022, 12, 31) + timedelta(days=1)))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2023, 1, 1, 12, tzinfo=utc)
b = datetime(2023, 1, 1, 14, tzinfo=plus2)
print(a == b, hash(a) == hash(b), len({a, b}), b - a, (b + timedelta(hours=11)).isoformat())

# date() of a datetime is a plain date, equal to the date it names.
dts = [datetime(2024, 2, 29, 23, 59) + timedelta(minutes=m) for m in (0, 1, 2)]
ds = [x.date() for x in dts]
print(ds, [type(x).__name__ for x in ds], ds[0] == date(2024, 2, 29), len(set(ds)))
print(sorted({x.date(): x for x in dts}.items()))

# Subclasses keep their class through arithmetic.
class Stamp(datetime):
    def label(self):
        return self.strftime("%d %b %H:%M")
s = Stamp(2023, 3, 31, 22, 0)
t = s + timedelta(hours=3)
print(type(t).__name__, t.label(), type(s - timedelta(days=31)).__name__, (s - timedelta(days=31)).label())
print(type(s - datetime(2023, 3, 1)).__name__, s - datetime(2023, 3, 1), type(s.date()).__name__)
class Day(date):
    pass
dd = Day(2023, 12, 31)
print(type(dd + timedelta(days=1)).__name__, dd + timedelta(days=1), dd - date(2023, 1, 1))

# A running schedule: add durations, group by day.
schedule = []
cur = datetime(2023, 10, 28, 21, 0)
for i, minutes in enumerate([45, 90, 30, 240, 15, 600, 5, 1440, 61]):
    cur += timedelta(minutes=minutes)
    schedule.append((cur, f"job{i}"))
by_day = {}
for when, name in schedule:
    by_day.setdefault(when.date(), []).append(f"{name}@{when:%H:%M}")
for day in sorted(by_day):
    print(day.isoformat(), day.strftime("%a"), by_day[day])
