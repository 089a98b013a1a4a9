from datetime import date, datetime, timedelta, timezone, time
import calendar
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.isocalendar(), d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.strftime('%A %a %B %b %d %j %U %W %y %Y %m %e %% %x %c %D %G %V %u %w'))
print(d + timedelta(days=366), d - date(2000, 1, 1), d.replace(year=2023, day=28))
try:
    d.replace(year=2023)
except ValueError as e:
    print(e)
for args in [(2023, 13, 1), (2023, 2, 29), (0, 1, 1), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
td = timedelta(days=1, hours=25, minutes=-3, seconds=5.5, microseconds=7)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(-td, repr(-td), abs(-td), td * 2, td / 3, td // 4, td % timedelta(hours=5), td / timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(microseconds=-1), timedelta(weeks=52, milliseconds=1))
print(divmod(timedelta(hours=50), timedelta(days=1)), timedelta(hours=1) * 1.5, timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta()))
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'), dt.timetuple()[:6])
print(dt.strftime('%H:%M:%S.%f %I %p %y-%m-%d %Z|%z|'), dt.date(), dt.time(), repr(dt.time()))
print(datetime.strptime('2023-07-04 09:30', '%Y-%m-%d %H:%M'), datetime.strptime('Jul 4 2023', '%b %d %Y'))
print(datetime.strptime('04/07/23 11PM', '%d/%m/%y %I%p'), datetime.strptime('2023-186', '%Y-%j'))
for s, f in [('2023-02-30', '%Y-%m-%d'), ('abc', '%Y'), ('2023-01-01x', '%Y-%m-%d')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print(e)
print(date.fromisoformat('2021-06-01'), datetime.fromisoformat('2021-06-01T12:30:00+02:00'), datetime.fromisoformat('2021-06-01 12:30'))
try:
    date.fromisoformat('2021/06/01')
except ValueError as e:
    print(e)
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), repr(tz), str(tz), timezone.utc, repr(timezone.utc))
print(timezone(timedelta(hours=-3), 'BRT'), repr(timezone(timedelta(hours=-3), 'BRT')), a.strftime('%z %Z'))
print(a - datetime(2024, 1, 1, tzinfo=timezone.utc))
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(a == datetime(2024, 1, 1), datetime(2024, 1, 1, 6, 30, tzinfo=timezone.utc) == a)
print(datetime(2024, 1, 1) + timedelta(seconds=-1), datetime.combine(date(2020, 1, 1), time(5, 6)), time(1, 2, 3, 4), repr(time(1, 2)))
print(datetime(2024, 5, 17).isocalendar(), datetime.fromtimestamp(0, timezone.utc), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(date.min, date.max, datetime.min, date(2024, 1, 1) < date(2024, 1, 2), hash(date(2020,1,1)) == hash(date(2020,1,1)))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 2, 29))
print(calendar.month_name[1:], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.calendar(2024)[:400])
print(format(dt, '%Y/%m/%d'), f'{d:%d.%m.%Y}', f'{dt}', str(time(0)), time(12, 30).isoformat(), time.fromisoformat('10:20:30.5'))
