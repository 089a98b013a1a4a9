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
_struct_time = struct_time._from_fields

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

# The clock each function reads, as get_clock_info describes it.
_CLOCKS = {
    'time': ('CLOCK_REALTIME', False, True),
    'monotonic': ('CLOCK_MONOTONIC', True, False),
    'perf_counter': ('CLOCK_MONOTONIC', True, False),
    'process_time': ('CLOCK_PROCESS_CPUTIME_ID', True, False),
    'thread_time': ('CLOCK_THREAD_CPUTIME_ID', True, False),
}


def get_clock_info(name, /):
    """What clock the function name ('time', 'monotonic', ...) reads, as a namespace."""
    if not isinstance(name, str):
        raise TypeError(f'get_clock_info() argument 1 must be str, not {type(name).__name__}')
    try:
        clock, is_monotonic, adjustable = _CLOCKS[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    import types
    return types.SimpleNamespace(implementation=f'clock_gettime({clock})',
                                 monotonic=is_monotonic, adjustable=adjustable,
                                 resolution=1e-09)


def thread_time():
    """CPU time of this thread (the interpreter runs one), in seconds."""
    return process_time()


def thread_time_ns():
    return process_time_ns()


def clock_gettime_ns(clk_id, /):
    """The time of clock clk_id in nanoseconds."""
    if clk_id in (CLOCK_REALTIME, CLOCK_TAI):
        return time_ns() + (37_000_000_000 if clk_id == CLOCK_TAI else 0)
    if clk_id in (CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME):
        return monotonic_ns()
    if clk_id in (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID):
        return process_time_ns()
    raise OSError(22, 'Invalid argument')


def clock_gettime(clk_id, /):
    """The time of clock clk_id in seconds."""
    return clock_gettime_ns(clk_id) / 1e9


def clock_getres(clk_id, /):
    """The resolution of clock clk_id in seconds."""
    clock_gettime_ns(clk_id)
    return 1e-09


def sleep(secs, /):
    """Suspends execution for the given number of seconds."""
    threading = _sys.modules.get('threading')
    if threading is not None and threading._on_sleep(secs):
        # Other threads ran while this one slept (threading's scheduler did the waiting).
        return
    _sleep(secs)


def _at_most_one(name, args):
    if len(args) > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)' % (name, len(args)))


def gmtime(*args):
    """The UTC struct_time of a timestamp (default: now)."""
    if len(args) > 1:
        _at_most_one('gmtime', args)
    return _struct_time(_time.gmtime(*args))


def localtime(*args):
    """The local struct_time of a timestamp (default: now)."""
    if len(args) > 1:
        _at_most_one('localtime', args)
    return _struct_time(_time.localtime(*args))


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
        zone, gmtoff = t._hidden
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
