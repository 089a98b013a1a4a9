# datetime.strftime with glibc's flags, widths and E/O modifiers (%-d, %_H, %^a, %Ey);
# strptime's stray % error.
from datetime import datetime, date, time, timezone, timedelta
import time as _time
d = datetime(2024, 3, 5, 7, 8, 9, 12345)
for f in ["%-d/%-m/%Y", "%-H:%M", "%-I %p", "%_d|%_m|%_H", "%^a %^B", "%#b", "%-j", "%10Y|", "%05d", "%-y", "%e", "%Ey %Od", "%-d %B %Y at %-I:%M%P", "%d%%-d", "%f %z %Z", "%-S.%f"]:
    print(repr(f), repr(d.strftime(f)), repr(date(2024, 1, 9).strftime(f)), repr(datetime(2024, 12, 25, 23, 0, tzinfo=timezone.utc).strftime(f)))
print(time(5, 6, 7).strftime("%-H h %-M m %-S s"), f"{d:%-d %b}", "{:%-m/%-d}".format(date(2024, 10, 1)))
for fmt in ["%", "%Y %", "abc%"]:
    try:
        datetime.strptime("2024", fmt)
    except ValueError as e:
        print(repr(fmt), "ValueError", e)
try:
    _time.strptime("2024", "%")
except ValueError as e:
    print("time", e)
