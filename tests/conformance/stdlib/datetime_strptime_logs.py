"""Parsing log timestamps with datetime.strptime: many formats, 12-hour clocks, names,
week numbers, ISO weeks, %z offsets, errors, and the last of repeated fields winning."""
from datetime import datetime, date, time, timezone, timedelta
import time as _time

LOG = """\
2023-03-04 12:30:45,123 INFO start
04/Mar/2023:13:01:02 +0100 GET /index.html
Sat Mar  4 14:15:16 2023 cron job
2023-03-04T15:16:17.5Z heartbeat
03/04/23 04:05:06 PM batch
2023-063 day-of-year
"""
FORMATS = [
    ("%Y-%m-%d %H:%M:%S,%f", 23),
    ("%d/%b/%Y:%H:%M:%S %z", 26),
    ("%a %b %d %H:%M:%S %Y", 24),
    ("%Y-%m-%dT%H:%M:%S.%f%z", 22),
    ("%m/%d/%y %I:%M:%S %p", 20),
    ("%Y-%j", 8),
]
for line, (fmt, width) in zip(LOG.splitlines(), FORMATS):
    stamp = line[:width]
    d = datetime.strptime(stamp, fmt)
    print(repr(stamp), "->", repr(d), d.isoformat(), d.tzname(), d.utcoffset())

cases = [
    ("12:00 AM", "%I:%M %p"), ("12:00 PM", "%I:%M %p"), ("01:30 pm", "%I:%M %p"),
    ("11 am", "%I %p"), ("12", "%I"), ("Monday 2024 05", "%A %Y %W"),
    ("Sun 2024 00", "%a %Y %U"), ("2024 01 1", "%G %V %u"), ("2020 53 7", "%G %V %u"),
    ("March 7 2021", "%B %d %Y"), ("sept", "%b"), ("SEP 1 1999", "%b %d %Y"),
    ("99", "%y"), ("68", "%y"), ("69", "%y"), ("1/2/2003", "%m/%d/%Y"),
    (" 7", "%d"),
    ("+0530", "%z"), ("-08:00", "%z"), ("+01:02:03.5", "%z"), ("Z", "%z"),
    ("UTC", "%Z"), ("gmt", "%Z"), ("100%", "%d%%"), ("  2024   5", "%Y %m"),
    ("2024-366", "%Y-%j"), ("T23:59:60", "T%H:%M:%S"), ("2023-1-5", "%Y-%m-%d"),
    ("5/6/07 8:09:10", "%D %T"), ("Tue Feb  6 07:08:09 2007", "%c"), ("01/02/03", "%x"),
    ("10:11:12", "%X"), ("2024-02-29", "%F"), ("12:34", "%R"),
]
for text, fmt in cases:
    try:
        d = datetime.strptime(text, fmt)
        print(f"{text!r:28} {fmt!r:14} {d!r}")
    except ValueError as e:
        print(f"{text!r:28} {fmt!r:14} ValueError: {e}")

errors = [
    ("2023-02-30", "%Y-%m-%d"), ("2023-13-01", "%Y-%m-%d"), ("24:00", "%H:%M"),
    ("2023-01-01 extra", "%Y-%m-%d"), ("abc", "%Y"), ("2023", "%Y %Q"), ("2023", "%Y%"),
    ("2024 01", "%G %V"), ("2024 01 1", "%V %u"), ("2024 01 1", "%Y %V %u"),
    ("2024 100 01 1", "%G %j %V %u"), ("0000", "%Y"), ("12:00:60", "%H:%M:%S"),
    ("2023-01-01", "%Y-%m-%d %H"), ("", "%Y"), ("2023", ""), ("", ""),
]
for text, fmt in errors:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print(f"{text!r} {fmt!r}: ValueError: {e}")

for bad in [(123, "%Y"), ("2023", None), (b"2023", "%Y")]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print("TypeError:", e)

print(_time.strptime("2023-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(tuple(_time.strptime("Tue 2023", "%a %Y")))
try:
    _time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError:", e)

class Stamp(datetime):
    pass

s = Stamp.strptime("2020-01-02 03:04", "%Y-%m-%d %H:%M")
print(type(s).__name__, repr(s), s + timedelta(days=1))

counts = {}
for i in range(300):
    d = datetime.strptime(f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d}", "%Y-%m-%d %H:%M")
    key = d.strftime("%b %a")
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    print(key, counts[key])
