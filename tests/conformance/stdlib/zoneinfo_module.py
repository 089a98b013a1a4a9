# zoneinfo: IANA zones from the system's TZif files: offsets, DST, names, gaps and folds,
# conversions both ways, the POSIX TZ rule beyond the last transition (north and south).
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone
ny = ZoneInfo("America/New_York")
print(ny, repr(ny), ny.key, ZoneInfo("America/New_York") is ny)
for dt in [datetime(2024, 1, 15, 12), datetime(2024, 7, 4, 9, 30), datetime(2024, 3, 10, 2, 30), datetime(2024, 3, 10, 2, 30, fold=1), datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 1, 30, fold=1), datetime(1950, 6, 1), datetime(2050, 7, 1), datetime(2050, 12, 1), datetime(1800, 1, 1)]:
    a = dt.replace(tzinfo=ny)
    print(a, a.utcoffset(), a.dst(), a.tzname(), a.astimezone(timezone.utc))
for name in ["Europe/London", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC", "Asia/Tokyo", "America/Sao_Paulo", "Pacific/Chatham", "Europe/Dublin"]:
    z = ZoneInfo(name)
    for dt in [datetime(2024, 1, 1, 12), datetime(2024, 7, 1, 12), datetime(2040, 1, 1, 12), datetime(2040, 7, 1, 12)]:
        a = dt.replace(tzinfo=z)
        print(name, a.isoformat(), a.tzname(), a.dst())
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for h in range(5):
    t = (u + timedelta(minutes=30 * h)).astimezone(ny)
    print(t, t.fold, t.tzname())
u2 = datetime(2044, 11, 6, 5, 30, tzinfo=timezone.utc)
for h in range(5):
    t = (u2 + timedelta(minutes=30 * h)).astimezone(ny)
    print(t, t.fold, t.tzname())
syd = ZoneInfo("Australia/Sydney")
for m in range(1, 13):
    d = datetime(2045, m, 15, 12, tzinfo=syd)
    print(m, d.utcoffset(), d.tzname())
print(datetime(2024, 6, 1, 12, tzinfo=ZoneInfo("Asia/Tokyo")).astimezone(ZoneInfo("Europe/Paris")))
try:
    ZoneInfo("Mars/Olympus")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
print(datetime.fromtimestamp(1700000000, tz=ny))
