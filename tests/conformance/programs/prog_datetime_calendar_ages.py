from datetime import datetime, date, time, timedelta, timezone
import calendar
d = date(2024, 2, 29)
print(d, d.isoformat(), d.strftime("%A %B %d, %Y"), d.toordinal(), d.isoweekday(), d.timetuple().tm_yday, d.ctime())
print(d + timedelta(days=365), d.replace(year=2025) if False else "", date.fromordinal(738000), date.fromisocalendar(2024, 10, 3))
dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt, dt + timedelta(microseconds=1), dt.date(), dt.time(), dt.timestamp() if False else "", repr(dt))
print(dt.strftime("%Y/%m/%d %H-%M-%S.%f %p %I %j %W %a %b %%"), format(dt, "%d.%m.%y"), f"{dt:%H:%M}")
utc = timezone.utc; est = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(a, a.astimezone(est), a.astimezone(est).tzname(), a.utcoffset(), est.utcoffset(None), a.isoformat(), timezone(timedelta(hours=5, minutes=30)))
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"), datetime.fromisoformat("2024-05-06 07:08"), datetime(2024, 1, 1) < datetime(2024, 1, 2))
delta = datetime(2025, 1, 1) - datetime(2024, 3, 15, 8, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // timedelta(hours=1), delta % timedelta(days=7), -delta, abs(-delta))
print(timedelta(weeks=1, days=-1, hours=25.5), timedelta(0), timedelta(microseconds=1500), timedelta(days=1) * 2.5, timedelta(hours=1) // 7, str(timedelta(days=-3, hours=2)))
print(time(9, 5), time(13, 45, 30, 123), time(9, 5).strftime("%I:%M %p"), time.fromisoformat("10:20:30"), time(1) < time(2), time().isoformat())
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 9))
for y, m in [(2024, 1), (2024, 2), (2023, 2), (2024, 4)]:
    first = date(y, m, 1)
    nxt = date(y + m // 12, m % 12 + 1, 1)
    print(y, m, (nxt - first).days, first.strftime("%a"), [w for w in calendar.monthcalendar(y, m)][0])
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(datetime.strptime("Mar 5 2024 3:04PM", "%b %d %Y %I:%M%p"), datetime.strptime("2024-060", "%Y-%j"), datetime.min, datetime.max, date.min, timedelta.max)
print(sorted([date(2024, 1, 5), date(2023, 12, 31), date(2024, 1, 1)]), max(datetime(2024, 1, 1, 5), datetime(2024, 1, 1, 4)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(dt.replace(hour=0, minute=0, second=0, microsecond=0), datetime.combine(date(2024, 1, 1), time(6, 30)), dt.weekday(), dt.isocalendar(), dt.isocalendar().week)
