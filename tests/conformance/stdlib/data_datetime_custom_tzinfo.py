# User-written tzinfo classes: fixed offsets, a DST rule, bad offsets and their errors.
from datetime import datetime, timedelta, tzinfo, timezone, date, time
class Fixed(tzinfo):
    def __init__(self, h, name): self.off = timedelta(hours=h); self.name = name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return f"Fixed({self.name})"
class US(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None: return timedelta(0)
        start = datetime(dt.year, 3, 10, 2); end = datetime(dt.year, 11, 3, 2)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)
    def tzname(self, dt): return "EDT" if self.dst(dt) else "EST"
k = Fixed(9, "KST"); us = US()
a = datetime(2024, 6, 1, 12, tzinfo=k)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), a.strftime("%H:%M %Z %z"))
b = a.astimezone(us)
print(b, b.tzname(), b.dst(), b.astimezone(timezone.utc), b.astimezone(k) == a, b - a, a.timetuple().tm_isdst, b.timetuple().tm_isdst)
w = datetime(2024, 1, 15, 8, tzinfo=us)
print(w, w.tzname(), w.utcoffset(), w.astimezone(k), (a - w), w.utctimetuple()[:6], w.timestamp())
print(time(10, tzinfo=k), time(10, tzinfo=k).utcoffset(), time(10, tzinfo=k).tzname(), time(10, tzinfo=k).isoformat())
class Bad(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=30)
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except ValueError as e:
    print(e)
class Bad2(tzinfo):
    def utcoffset(self, dt): return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad2()).utcoffset()
except TypeError as e:
    print(e)
try:
    datetime(2024, 1, 1, tzinfo=5)
except TypeError as e:
    print(e)
class NoImpl(tzinfo): pass
try:
    datetime(2024, 1, 1, tzinfo=NoImpl()).utcoffset()
except NotImplementedError as e:
    print("NIE", e)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-3))).isoformat())
naive = datetime(2024, 1, 1, 12)
print(naive.replace(tzinfo=k).astimezone(timezone.utc), datetime.fromtimestamp(1700000000, tz=k))
print(datetime(2024, 3, 10, 12, tzinfo=us) - datetime(2024, 3, 9, 12, tzinfo=us), datetime(2024, 3, 10, 12, tzinfo=us) - datetime(2024, 3, 9, 12, tzinfo=k))
print(sorted([datetime(2024, 1, 1, 10, tzinfo=k), datetime(2024, 1, 1, 0, tzinfo=timezone.utc)]))
print(timezone.utc.utcoffset(None), timezone.utc.dst(None), timezone.utc.tzname(None), timezone.min, timezone.max, repr(timezone.min))
print(datetime(2024,1,1,tzinfo=k).__reduce__()[0].__name__ if False else "", datetime(2024, 5, 5, tzinfo=k).date(), a.replace(tzinfo=None), a.timetz())
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).isoformat(), timezone(timedelta(minutes=-90)), timezone(timedelta(microseconds=1)) if False else "")
print(datetime.strptime("2024-01-01 +0530", "%Y-%m-%d %z").tzinfo, repr(datetime.strptime("2024-01-01 -0000", "%Y-%m-%d %z").tzinfo), datetime.strptime("12:00 UTC", "%H:%M %Z"))
class Wild(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=30)
    def dst(self, dt): return timedelta(hours=-30)
    def tzname(self, dt): return 7
for f in [lambda: datetime(2024, 1, 1, tzinfo=Wild()).dst(), lambda: time(1, tzinfo=Wild()).utcoffset(),
          lambda: datetime(2024, 1, 1, tzinfo=Wild()).isoformat(), lambda: datetime(2024, 1, 1, tzinfo=Wild()).tzname(),
          lambda: timezone(timedelta(hours=30)), lambda: timezone(timedelta(hours=-24))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
