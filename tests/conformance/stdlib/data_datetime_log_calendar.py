from datetime import datetime, date, time, timedelta, timezone
import calendar
log = """2023-03-12T01:59:59+00:00 login alice
2023-03-12T02:30:00+01:00 logout alice
2023-03-12 14:05:06.123456 login bob
2023-12-31T23:59:59.999999-05:30 login carol
2024-02-29 00:00 login dave"""
evts = []
for line in log.splitlines():
    ts, action, user = line.rsplit(" ", 2)
    dt = datetime.fromisoformat(ts)
    evts.append((dt, action, user))
    print(repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), dt.tzinfo, dt.utcoffset())
aware = [e for e in evts if e[0].tzinfo]
for a, b in zip(aware, aware[1:]):
    print(b[0] - a[0], (b[0] - a[0]).total_seconds())
try:
    evts[2][0] - evts[0][0]
except TypeError as e:
    print("TE", e)
try:
    evts[2][0] < evts[0][0]
except TypeError as e:
    print("TE", e)
print(evts[2][0] == evts[0][0])
td = timedelta(days=-1, seconds=5, microseconds=-1)
print(td, repr(td), td.days, td.seconds, td.microseconds, abs(td), -td, td * 2.5, td / 3, td // 2, td / timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(weeks=2, hours=25.5, minutes=-3), timedelta(0), timedelta(microseconds=1), timedelta(days=999999))
print(repr(timedelta(hours=1)), repr(timedelta(days=1, microseconds=3)), repr(-timedelta(seconds=1)))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OE", e)
d = date(2024, 1, 31)
print(d + timedelta(days=30), d.replace(day=1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple()[:9])
print(date.fromordinal(738000), date.fromisocalendar(2020, 53, 7), date.fromisoformat("2021-06-07"))
for fmt in ("%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%d/%m/%y %I:%M %p", "%j %U %W %w", "%x %X %%", "%G-W%V-%u", "%Z %z", "%f", "%e" if False else "%y"):
    print(fmt, "->", evts[3][0].strftime(fmt), "|", evts[2][0].strftime(fmt))
print(datetime.strptime("03/Mar/2023:10:11:12 +0200", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("2023-07-04 5PM", "%Y-%m-%d %I%p"))
print(datetime.strptime("Tuesday 2023 12", "%A %Y %W"))
print(datetime.strptime("1.5", "%S.%f"))
for bad in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("x", "%Y"), ("2023-02-30", "%Y-%m-%d")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("VE", e)
for bad in ["2023-1-1", "20230101T", "2023-01-01T25:00", "", "2023-01-01+"]:
    try:
        print(datetime.fromisoformat(bad))
    except ValueError as e:
        print("VE", e)
print(datetime.fromisoformat("20230101T101112"))
tz = timezone(timedelta(hours=-3, minutes=-30), "NST")
dt = datetime(2023, 6, 1, 12, 0, tzinfo=timezone.utc)
print(dt.astimezone(tz), dt.astimezone(tz).tzname(), repr(tz), str(timezone(timedelta(hours=5))), repr(timezone.utc))
print(dt.timestamp(), datetime.fromtimestamp(1700000000, tz=timezone.utc), datetime.utcfromtimestamp(0))
print(time(13, 5, 7, 120).isoformat(), time(1, 2).strftime("%H:%M %p"), repr(time(0)), time.fromisoformat("10:20:30.5"), time(23, 59, 59, tzinfo=tz))
print(datetime.combine(date(2020, 2, 2), time(3, 4)), datetime(2020, 1, 1).date(), datetime(2020, 1, 1, 5).time())
print(min(d for d, _, _ in evts if not d.tzinfo), max(evts[2][0], evts[4][0]))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(list(calendar.month_name), list(calendar.day_abbr))
print(calendar.monthcalendar(2023, 9))
print(calendar.timegm((2023, 1, 1, 0, 0, 0)))
c = calendar.Calendar(firstweekday=6)
print([d.day for d in c.itermonthdates(2023, 2)][:10])
print(list(c.iterweekdays()))
print(date(2023, 5, 17).strftime("%A %d %B %Y"), format(date(2023, 5, 17), "%d.%m"), f"{datetime(2023,1,2,3,4,5):%H-%M}")
print(datetime(2023,1,1) + timedelta(days=0.5), datetime.max - datetime.min, date.max, date.min, datetime.resolution)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OE", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("VE", e)
try:
    datetime(2023, 1, 1, 24)
except ValueError as e:
    print("VE", e)
try:
    time(12, 60)
except ValueError as e:
    print("VE", e)
print(hash(date(2020,1,1)) == hash(date(2020,1,1)), date(2020,1,1) == datetime(2020,1,1), date(2020, 1, 1) < date(2020, 1, 2))
try:
    date(2020,1,1) < datetime(2020,1,1)
except TypeError as e:
    print("TE", e)
