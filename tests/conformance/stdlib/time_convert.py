# time: gmtime/localtime/mktime/asctime/ctime/strftime on fixed timestamps and tuples, with
# explicit POSIX time zones, struct_time, and the range checks with CPython's messages.
import os
import time

STAMPS = [0, 1, -1, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000.75,
          -1.5, 2**31 - 1, 2**31, 4102444800, -2208988800, 253402300799, -62135596800]
for ts in STAMPS:
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_zone, g.tm_gmtoff, time.asctime(g),
          time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V %G", g))

g = time.gmtime(1234567890)
print(repr(g))
print(type(g).__name__, type(g).__module__, len(g), g[0], g[-1], g[:3], g.tm_yday,
      g.n_fields, g.n_sequence_fields, g.n_unnamed_fields)
print(g == (2009, 2, 13, 23, 31, 30, 4, 44, 0), isinstance(g, tuple), list(g)[6:])
y, mo, d, *rest = g
print(y, mo, d, rest)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
s = time.struct_time((2020, 5, 17, 8, 9, 10, 6, 138, 1))
print(repr(s), s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 5, 17, 8, 9, 10, 6, 138, 1, "ABC", 3600))
print(s.tm_zone, s.tm_gmtoff, time.strftime("%Z %z", s))
for bad in [(1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)

fixed = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ["%a %A %b %B %c", "%C %d %D %e %F %g %G %h %H %I %j %k %l %m %M",
            "%n%p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %%",
            "%-d %_d %05d %^a %#b %#p %10A|%-10B|%3j|%-j|%_H",
            "%Ec %EY %Od %OH %q %E %Ez", "no directives", "", "100%", "%", "%5%|%^5q",
            "unicode: é ✓ %Y"]:
    print(repr(fmt), repr(time.strftime(fmt, fixed)))
print(time.strftime("%Y|%y|%C|%G", (5, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.strftime("%Y|%y|%C", (-44, 3, 15, 12, 0, 0, 0, 74, 0)),
      time.strftime("%Y|%y", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)),
      time.strftime("%S %a", (2020, 1, 1, 0, 0, 61, -1, 1, 0)),
      time.strftime("%a %A", (2020, 1, 1, 0, 0, 0, 7, 1, 0)))

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), (2.5, 1, 1, 0, 0, 0, 0, 1, 0),
            [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2**40, 1, 1, 0, 0, 0, 0, 1, 0)]:
    for f in (lambda t: time.strftime("%Y", t), time.asctime, time.mktime):
        try:
            print("ok", f(bad))
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in [lambda: time.strftime(5), lambda: time.strftime("%Y\0", fixed),
            lambda: time.gmtime("1"), lambda: time.gmtime(float("nan")),
            lambda: time.gmtime(1e300), lambda: time.gmtime(10**20),
            lambda: time.localtime(1, 2), lambda: time.gmtime(2**62)]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)

# Local time in explicit POSIX time zones (TZ set through os.environ, then tzset()).
ZONES = ["UTC0", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3",
         "<+0530>-5:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", "AAA3BBB,J60/1,J300/4",
         "XXX8YYY7,M4.1.0/-1,M10.5.0/26", "JST-9"]
for zone in ZONES:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.tzname, time.timezone, time.altzone, time.daylight)
    for ts in [0, 1000000000, 1234567890, 1679792400, 1690000000, 1698541200,
               1700000000, 2000000000, -1000000000]:
        lt = time.localtime(ts)
        print("  ", ts, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == ts,
              time.strftime("%Z %z %c", lt), time.ctime(ts))
    for tup in [(2023, 1, 15, 12, 0, 0, 0, 1, -1), (2023, 7, 15, 12, 0, 0, 0, 1, -1),
                (2023, 1, 15, 12, 0, 0, 0, 1, 0), (2023, 7, 15, 12, 0, 0, 0, 1, 1),
                (2024, 2, 29, 23, 59, 59, 0, 1, -1), (2023, 14, 40, 25, 61, 61, 0, 1, -1),
                (1969, 12, 31, 23, 59, 59, 0, 1, -1)]:
        print("   mktime", tup, time.mktime(tup))
    print("  ", repr(time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 0, 1, 0))),
          repr(time.strftime("%Z|%z", (2020, 7, 1, 0, 0, 0, 0, 1, 1))),
          repr(time.strftime("%Z|%z", (2020, 7, 1, 0, 0, 0, 0, 1, -1))))
del os.environ["TZ"]
