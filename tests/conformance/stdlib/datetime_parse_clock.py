from datetime import datetime, date, timezone, timedelta
import time

print(datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"))
print(datetime.strptime("04/07/23", "%d/%m/%y"), datetime.strptime("31/12/69", "%d/%m/%y"))
print(datetime.strptime("Mar 5 2021 3:04PM", "%b %d %Y %I:%M%p"))
print(datetime.strptime("12AM", "%I%p").hour, datetime.strptime("12PM", "%I%p").hour)
print(datetime.strptime("Tuesday, 5 January 2021", "%A, %d %B %Y"))
print(datetime.strptime("12:30:45.123", "%H:%M:%S.%f"), datetime.strptime("7", "%H"))
print(repr(datetime.strptime("2021-06-01T12:00:00+0530", "%Y-%m-%dT%H:%M:%S%z")))
print(repr(datetime.strptime("2021-06-01 12:00 Z", "%Y-%m-%d %H:%M %z")))
print(datetime.strptime("2021 032", "%Y %j"), datetime.strptime("2024 10 1", "%Y %W %w"))
print(datetime.strptime("2024 10 1", "%Y %U %w"), datetime.strptime("2021-1-2", "%Y-%m-%d"))
print(datetime.strptime("2021-01-02   10", "%Y-%m-%d %H"))
try:
    datetime.strptime("feb 29", "%b %d")
except ValueError as e:
    print("ValueError:", e)
for s, f in [("2023-02-30", "%Y-%m-%d"), ("2023/01/01", "%Y-%m-%d"),
             ("2023-01-01 extra", "%Y-%m-%d"), ("25:00", "%H:%M")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
t = time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)

print(date(2024, 3, 1).timetuple())
print(datetime(2024, 3, 1, 5, 6, 7).timetuple())
print(datetime(2024, 12, 31, 23, 59).timetuple().tm_yday)
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))).timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, timezone(timedelta(hours=2))))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).utctimetuple()[:6])

# The clock: only facts that do not depend on when the test runs.
now = datetime.now()
today = date.today()
print(type(now).__name__, type(today).__name__, now.tzinfo, abs(now.timestamp() - time.time()) < 60)
print(abs((datetime.now(timezone.utc) - datetime.fromtimestamp(time.time(), timezone.utc)).total_seconds()) < 60)
print(datetime.utcnow().year >= 2024, datetime.now(timezone.utc).tzinfo, today.year >= 2024)
local = datetime.fromtimestamp(1_000_000_000)
print(abs(local.timestamp() - 1_000_000_000) < 1e-6, date.fromtimestamp(1_000_000_000).year)
