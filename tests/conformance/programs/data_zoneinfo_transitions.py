import zoneinfo, datetime as dt
try:
    z = zoneinfo.ZoneInfo('America/New_York')
    d = dt.datetime(2024, 3, 10, 1, 30, tzinfo=z)
    print(d, d.tzname(), d.utcoffset(), (d + dt.timedelta(hours=1)).tzname())
    print(d.astimezone(dt.timezone.utc), repr(z), str(z))
    e = dt.datetime(2024, 11, 3, 1, 30, tzinfo=z)
    print(e.tzname(), e.replace(fold=1).tzname(), e.replace(fold=1).utcoffset())
    print(dt.datetime(2024, 7, 1, 12, tzinfo=zoneinfo.ZoneInfo('Europe/London')).strftime('%Z %z'))
    print(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).astimezone(zoneinfo.ZoneInfo('Asia/Tokyo')))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    zoneinfo.ZoneInfo('Nowhere/City')
except zoneinfo.ZoneInfoNotFoundError as ex:
    print('nf', ex)
print(type(zoneinfo.available_timezones()).__name__)
