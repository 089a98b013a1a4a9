"""datetime arithmetic and formatting: every strftime directive, isoformat/fromisoformat
round trips, timedelta repr/str/division, timezone offsets and comparisons."""
from datetime import date, datetime, time, timedelta, timezone

d = datetime(2024, 2, 29, 13, 5, 9, 7003)
directives = "aAbBcdfHIjmMpSUwWxXyYzZGuV%"
for c in directives:
    print(c, repr(d.strftime("%" + c)))
print(d.strftime("%Y-%m-%dT%H:%M:%S.%f"), d.strftime("%%Y literal %% done"))
print(d.strftime("%e|%k|%l|%C|%g|%D|%T|%R|%F|%h|%n|%t|%r"))
for y in [1, 99, 999, 1000, 9999]:
    print(datetime(y, 1, 1).strftime("%Y|%y|%G|%C"), date(y, 12, 31).isocalendar())

tz5 = timezone(timedelta(hours=5, minutes=30), "IST")
tzm = timezone(-timedelta(hours=3, seconds=15))
a = datetime(2023, 12, 31, 23, 59, 59, 999999, tzinfo=tz5)
print(a.strftime("%z %Z"), datetime(2020, 1, 1, tzinfo=tzm).strftime("%z|%Z"))
print(a.isoformat(), a.isoformat(sep=" ", timespec="milliseconds"), a.isoformat(timespec="hours"))
print(a.astimezone(timezone.utc), a.astimezone(tzm), a.utcoffset(), tzm.utcoffset(None))
print(repr(tz5), repr(tzm), repr(timezone.utc), str(tzm), timezone(timedelta(0)))
for text in ["2024-02-29", "2024-02-29T13:05:09", "2024-02-29 13:05:09.123", "2024-02-29T13:05:09.123456+05:30",
             "2024-02-29T13:05Z", "20240229T130509", "2024-W09-4", "2024-060T10", "2024-02-29T24:00"]:
    try:
        v = datetime.fromisoformat(text)
        print(f"{text!r:36} {v!r} {v.isoformat()}")
    except ValueError as e:
        print(f"{text!r:36} ValueError: {e}")
print(date.fromisoformat("2021-01-04"), time.fromisoformat("12:30:01.5"), time.fromisoformat("T01:02"))

deltas = [timedelta(0), timedelta(days=1, seconds=3600, microseconds=5), timedelta(seconds=-1),
          timedelta(days=-3, hours=25), timedelta(weeks=2, milliseconds=1500), timedelta(microseconds=-1),
          timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)]
for t in deltas:
    print(repr(t), str(t), t.total_seconds(), t.days, t.seconds, t.microseconds)
t = timedelta(hours=10, minutes=7)
print(t / 3, t // 3, t / timedelta(minutes=1), t // timedelta(minutes=7), t % timedelta(minutes=60))
print(divmod(t, timedelta(hours=3)), t * 1.5, 2 * t, -t, abs(-t), t * 0.0000001)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    datetime(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)

start = datetime(2024, 1, 31, 9, 0)
for i in range(5):
    nxt = start + timedelta(days=30 * i, hours=7 * i)
    print(nxt, nxt.weekday(), nxt.isoweekday(), nxt.timetuple().tm_yday, (nxt - start))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2000, 1, 1).toordinal(), date.fromordinal(730120))
print(datetime(2024, 5, 5) > datetime(2024, 5, 4, 23), date(2024, 1, 1) == datetime(2024, 1, 1))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2024, 1, 1, 5, 30, tzinfo=tz5))
print(d.replace(year=2023, day=28), d.date(), d.time(), d.timetz(), datetime.combine(date(2020, 1, 2), time(3, 4)))
print(time(23, 59, 59, 999999).isoformat(), time(1, 2, 3, 400).isoformat("milliseconds"), time(12).strftime("%I %p"))
for bad in [lambda: date(2023, 2, 29), lambda: time(24), lambda: datetime(2023, 1, 1, 0, 60),
            lambda: d.isoformat(timespec="days"), lambda: timezone(timedelta(hours=24))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
