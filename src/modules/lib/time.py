"""Time access and conversions for pyseal.

Clocks, calendar arithmetic, time zones and strftime are native (_time); this module adds
struct_time and the time-zone attributes (tzname, timezone, altzone, daylight).
"""

import sys as _sys
import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, mktime)
from _time import sleep as _sleep
from _structseq import structseq as _structseq

struct_time = _structseq(
    'time.struct_time',
    ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
     'tm_isdst'],
    ['tm_zone', 'tm_gmtoff'],
)


def sleep(secs, /):
    """Suspends execution for the given number of seconds."""
    threading = _sys.modules.get('threading')
    if threading is not None:
        # Threads set aside (waiting for something) get their turn while this one sleeps.
        threading._on_sleep()
    _sleep(secs)


def _at_most_one(name, args):
    if len(args) > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)' % (name, len(args)))


def gmtime(*args):
    """The UTC struct_time of a timestamp (default: now)."""
    _at_most_one('gmtime', args)
    return struct_time(_time.gmtime(*args))


def localtime(*args):
    """The local struct_time of a timestamp (default: now)."""
    _at_most_one('localtime', args)
    return struct_time(_time.localtime(*args))


def asctime(*args):
    """A time tuple (default: localtime()) as 'Sun Jun 20 23:21:05 1993'."""
    _at_most_one('asctime', args)
    t = args[0] if args else None
    return _time.asctime(t)


def ctime(*args):
    """A timestamp (default: now) as asctime(localtime(secs)) shows it."""
    _at_most_one('ctime', args)
    return _time.asctime(_time.localtime(*args)[:9])


def strftime(format, t=None):
    """Formats a time tuple (default: localtime()) with C's strftime directives."""
    if t is None:
        t = localtime()
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    else:
        zone = gmtoff = None
    return _time.strftime(format, t, zone, gmtoff)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses string with format (C-locale directives) into a struct_time."""
    from datetime import _strptime
    y, m, d, hh, mm, ss, _us, offset, zone, wd, yd = _strptime(string, format, True)
    gmtoff = None if offset is None else offset // 1000000
    return struct_time((y, m, d, hh, mm, ss, wd, yd, -1, zone, gmtoff))


def _load_zone_attributes():
    global tzname, timezone, altzone, daylight
    tzname, timezone, altzone, daylight = _time.zone_info()


def tzset():
    """Re-reads the local time zone from TZ (os.environ's, once os is imported)."""
    os = _sys.modules.get('os')
    if os is None:
        _time.tzset()
    else:
        _time.tzset(os.environ.get('TZ'))
    _load_zone_attributes()


tzname = ('UTC', 'UTC')
timezone = altzone = daylight = 0
_load_zone_attributes()
