"""datetime for pyseal: date, time, datetime, timedelta, tzinfo and timezone.

Everything is computed from the proleptic Gregorian calendar; the clock and the local time
zone (now, today, fromtimestamp, timestamp) come from the time module.
"""

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [
    None, "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461
_US_PER_DAY = 86400 * 1000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (day 1 is 0001-01-01)."""
    # Counted from 0000-03-01 so that the leap day ends each 4/100/400-year cycle; plain
    # operators, no divmod calls: date arithmetic runs this for every result.
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    if mp < 10:
        return yoe + era * 400, mp + 3, doy - (153 * mp + 2) // 5 + 1
    return yoe + era * 400 + 1, mp - 9, doy - (153 * mp + 2) // 5 + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


_MISSING = object()


def _check_date_fields(year, month, day):
    if type(year) is int and type(month) is int and type(day) is int:
        # The common case, checked without helper calls.
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"year {year} is out of range")
        if not 1 <= month <= 12:
            raise ValueError("month must be in 1..12")
        if 1 <= day <= 28 or 1 <= day <= _days_in_month(year, month):
            return year, month, day
        raise ValueError("day is out of range for month")
    # As CPython's argument parser: each argument is converted before the next one is
    # looked at, so date('2020') complains about the str, not the missing month.
    fields = []
    for pos, (name, value) in enumerate((("year", year), ("month", month), ("day", day)), 1):
        if value is _MISSING:
            raise TypeError(f"function missing required argument '{name}' (pos {pos})")
        fields.append(_index(value))
    year, month, day = fields
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if (type(hour) is int and type(minute) is int and type(second) is int
            and type(microsecond) is int and 0 <= hour <= 23 and 0 <= minute <= 59
            and 0 <= second <= 59 and 0 <= microsecond <= 999999 and (fold == 0 or fold == 1)):
        return hour, minute, second, microsecond, fold
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _new_date(cls, year, month, day):
    """A date of class cls from fields known to be valid (computed, not given)."""
    if cls is not date:
        # A subclass is built through its own constructor, as CPython does.
        return cls(year, month, day)
    self = object.__new__(date)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _new_datetime(cls, year, month, day, hour, minute, second, us, tz, fold=0):
    """A datetime of class cls from fields known to be valid (computed, not given)."""
    if cls is not datetime:
        return cls(year, month, day, hour, minute, second, us, tz, fold=fold)
    dt = object.__new__(datetime)
    dt._hashcode = -1
    dt._year, dt._month, dt._day = year, month, day
    dt._hour, dt._minute, dt._second, dt._microsecond = hour, minute, second, us
    dt._tzinfo, dt._fold = tz, fold
    return dt


def _type_name(obj):
    """How repr() names obj's class: "datetime.date" for the module's own types, the bare
    __name__ for a subclass (CPython prints the C type's tp_name)."""
    cls = type(obj)
    if cls.__module__ == "datetime" and cls in (date, datetime, time, timedelta):
        return "datetime." + cls.__name__
    return cls.__name__


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(
            "tzinfo argument must be None or of a tzinfo subclass, not type "
            f"'{type(tz).__name__}'"
        )


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _divide_and_round(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset, '' for None."""
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if rest.seconds or rest.microseconds:
        s += f"{sep}{rest.seconds:02d}"
        if rest.microseconds:
            s += f".{rest.microseconds:06d}"
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(
            f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'"
        )
    if not -timedelta(1) < offset < timedelta(1):
        # Unlike timezone(), a tzinfo method's bad offset is not shown.
        raise ValueError(
            "offset must be a timedelta strictly between -timedelta(hours=24) and "
            "timedelta(hours=24)."
        )


# Formats holding no %f, %z or %Z, which go to the C strftime as they are.
_plain_formats = set()


def _wrap_strftime(obj, fmt, ymd, hms, weekday, yday, tz_obj):
    """strftime as CPython does it: %f, %z and %Z are replaced here (from the microseconds and
    tz_obj's utcoffset()/tzname()), everything else is the C library's."""
    if type(fmt) is not str:
        if not isinstance(fmt, str):
            raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
        fmt = str(fmt)
    year, month, day = ymd
    hh, mm, ss, us = hms
    if fmt not in _plain_formats:
        if "%f" in fmt or "%z" in fmt or "%Z" in fmt:
            fmt = _substitute_fields(fmt, us, tz_obj)
        elif len(_plain_formats) < 256:
            _plain_formats.add(fmt)
    return _c_strftime(fmt, (year, month, day, hh, mm, ss, weekday, yday, -1), None, None)


def _substitute_fields(fmt, us, tz_obj):
    """fmt with %f, %z and %Z replaced by their text (a '%' in a zone name doubled); other
    directives, %% included, are left for the C strftime."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0 or j + 1 == n:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        d = fmt[j + 1]
        i = j + 2
        if d == "f":
            out.append(f"{us:06d}")
        elif d == "z":
            off = tz_obj.utcoffset() if tz_obj is not None else None
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = tz_obj.tzname() if tz_obj is not None else None
            if name is not None:
                if not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                                    % type(name).__name__)
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return "".join(out)


def _c_strftime(fmt, fields, zone, gmtoff):
    global _c_strftime
    from _time import strftime as _c_strftime
    return _c_strftime(fmt, fields, zone, gmtoff)


def _iso_week1_monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _iso_calendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1monday = _iso_week1_monday(year)
    week, wday = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, wday = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, wday + 1


def _micros(value, unit, what):
    """value * unit microseconds, exactly, as (numerator, denominator)."""
    if isinstance(value, int):
        return value * unit, 1
    if isinstance(value, float):
        n, d = value.as_integer_ratio()
        return n * unit, d
    raise TypeError(f"unsupported type for timedelta {what} component: {type(value).__name__}")


_STRPTIME_FIELDS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "G": r"(?P<G>\d\d\d\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))",
    "Z": r"(?P<Z>utc|gmt)",
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
_STRPTIME_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_strptime_cache = {}
_LOWER_MONTHS = [n.lower() for n in _MONTHNAMES[1:]]
_LOWER_FULL_MONTHS = [n.lower() for n in _FULL_MONTHNAMES[1:]]
_LOWER_DAYS = [n.lower() for n in _DAYNAMES]
_LOWER_FULL_DAYS = [n.lower() for n in _FULL_DAYNAMES]


def _names_pattern(group, names):
    alts = sorted((n.lower() for n in names if n), key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(alts))


def _strptime_plan(fmt):
    """(pattern, directives) for fmt: the compiled regex, and the directive each of its
    groups captures, in the order of the format (cached per format)."""
    import re
    plan = _strptime_cache.get(fmt)
    if plan is not None:
        return plan
    out = []
    names = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d in _STRPTIME_EXPANSIONS:
                sub_pattern, sub_names = _strptime_plan(_STRPTIME_EXPANSIONS[d])
                out.append(sub_pattern.pattern)
                names.extend(sub_names)
                continue
            if d in "aA":
                piece = _names_pattern(d, _FULL_DAYNAMES if d == "A" else _DAYNAMES)
            elif d in "bBh":
                names_of = _FULL_MONTHNAMES[1:] if d == "B" else _MONTHNAMES[1:]
                piece = _names_pattern("B" if d == "B" else "b", names_of)
                d = "B" if d == "B" else "b"
            elif d in _STRPTIME_FIELDS:
                piece = _STRPTIME_FIELDS[d]
            else:
                if d == "\\":
                    raise ValueError("'\\' is a bad directive in format '%'")
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            if d != "%":
                if d in seen:
                    raise re.error(f"redefinition of group name {d!r} as group "
                                   f"{len(seen) + 1}; was group 1")
                seen.add(d)
                names.append(d)
            out.append(piece)
        elif ch == "%":
            raise ValueError("stray % in format '" + fmt + "'")
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
            i += 1
    plan = (re.compile("".join(out), re.IGNORECASE), tuple(names))
    _strptime_cache[fmt] = plan
    return plan


def _strptime(data_string, format, from_time=False):
    """Parses data_string with format: (year, month, day, hour, minute, second, microsecond,
    utc offset or None, zone name or None, weekday, day of year)."""
    if type(data_string) is not str or type(format) is not str:
        for index, arg in enumerate([data_string, format]):
            if not isinstance(arg, str):
                # time.strptime counts from 0 and shows the class; datetime's from 1.
                if from_time:
                    raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
                kind = "None" if arg is None else type(arg).__name__
                raise TypeError(f"strptime() argument {index + 1} must be str, not {kind}")
    plan = _strptime_cache.get(format)
    if plan is None:
        plan = _strptime_plan(format)
    found = plan[0].match(data_string)
    if not found:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = us = 0
    offset = zone = weekday = julian = week_no = iso_year = iso_week = None
    week_starts_monday = False
    twelve_hour = False
    ampm = ""
    # When several directives set one field, the last in the format wins (as in CPython).
    for d, v in zip(plan[1], found.groups()):
        if d == "Y":
            year = int(v)
        elif d == "m":
            month = int(v)
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
            twelve_hour = False
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            us = int(v + "0" * (6 - len(v)))
        elif d == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == "b":
            month = _LOWER_MONTHS.index(v.lower()) + 1
        elif d == "B":
            month = _LOWER_FULL_MONTHS.index(v.lower()) + 1
        elif d == "I":
            hour = int(v)
            twelve_hour = True
        elif d == "p":
            ampm = v.lower()
        elif d == "a":
            weekday = _LOWER_DAYS.index(v.lower())
        elif d == "A":
            weekday = _LOWER_FULL_DAYS.index(v.lower())
        elif d == "w":
            weekday = (int(v) - 1) % 7
        elif d == "u":
            weekday = int(v) - 1
        elif d == "j":
            julian = int(v)
        elif d == "U" or d == "W":
            week_no = int(v)
            week_starts_monday = d == "W"
        elif d == "G":
            iso_year = int(v)
        elif d == "V":
            iso_week = int(v)
        elif d == "z":
            if v == "Z" or v == "z":
                offset = 0
            else:
                sign = -1 if v[0] == "-" else 1
                body = v[1:].replace(":", "")
                hours, minutes = int(body[0:2]), int(body[2:4])
                seconds = int(body[4:6] or 0)
                frac = body[7:] if len(body) > 6 else ""
                micro = int(frac + "0" * (6 - len(frac))) if frac else 0
                offset = sign * (((hours * 60 + minutes) * 60 + seconds) * 1000000 + micro)
        elif d == "Z":
            zone = v
    if twelve_hour:
        if ampm == "pm":
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_no is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    if (julian is None and weekday is not None and week_no is None and iso_year is not None
            and iso_week is not None):
        # The Monday of ISO week 1 is the one on or before January 4th.
        jan4 = _ymd2ord(iso_year, 1, 4)
        target = jan4 - (jan4 + 6) % 7 + 7 * (iso_week - 1) + weekday
        year = iso_year
        julian = target - _ymd2ord(year, 1, 1) + 1
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None and weekday is not None and week_no is not None:
        first_wd = (_ymd2ord(year, 1, 1) + 6) % 7
        if week_starts_monday:
            first = (7 - first_wd) % 7
            julian = first + 7 * (week_no - 1) + weekday + 1
        else:
            first = (6 - first_wd) % 7
            julian = first + 7 * (week_no - 1) + (weekday + 1) % 7 + 1
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        y, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
        year = y
    else:
        # CPython builds a date here, so an impossible day (Feb 30) is rejected.
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        julian = _days_before_month(year, month) + day
    if weekday is None:
        if 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month):
            weekday = (_ymd2ord(year, month, day) + 6) % 7
        else:
            weekday = 0
    return (year, month, day, hour, minute, second, us, offset, zone, weekday, julian)


def _local_fields(t):
    """Local broken-down time of POSIX timestamp t: (y, m, d, H, M, S, us)."""
    import time as _t
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value NaN (not a number)" if t != t
                             else "cannot convert float infinity to integer")
        secs = int(t // 1)
        us = round((t - secs) * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
    else:
        secs = _index(t)
        us = 0
    tm = _t.localtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), us)


def _struct_time(fields):
    import time as _t
    return _t.struct_time(fields)


def _new_timedelta(d, s, us):
    """A timedelta from normalized fields (0 <= s < 86400, 0 <= us < 10**6)."""
    if not -999999999 <= d <= 999999999:
        return timedelta._from_us((d * 86400 + s) * 1000000 + us)
    td = object.__new__(timedelta)
    td._hashcode = -1
    td._days, td._seconds, td._microseconds = d, s, us
    return td


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(
        cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0
    ):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return cls._from_us(
                ((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                + milliseconds * 1000 + microseconds
            )
        parts = [
            _micros(days, _US_PER_DAY, "days"),
            _micros(seconds, 1000000, "seconds"),
            _micros(microseconds, 1, "microseconds"),
            _micros(milliseconds, 1000, "milliseconds"),
            _micros(minutes, 60000000, "minutes"),
            _micros(hours, 3600000000, "hours"),
            _micros(weeks, 7 * _US_PER_DAY, "weeks"),
        ]
        num, den = 0, 1
        for n, d in parts:
            if d == 1:
                num += n * den
            else:
                num, den = num * d + n * den, den * d
        total = num if den == 1 else _divide_and_round(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        d = total // _US_PER_DAY
        rest = total - d * _US_PER_DAY
        s = rest // 1000000
        us = rest - s * 1000000
        if not -999999999 <= d <= 999999999:
            if not -(2**31) <= d < 2**31:
                # CPython converts the day count to a C int before the range check.
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        td = object.__new__(cls)
        td._hashcode = -1
        td._days, td._seconds, td._microseconds = d, s, us
        return td

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_type_name(self)}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            # Field by field: each field of a normalized timedelta carries at most once.
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            return _new_timedelta(d, s, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Borrow field by field, the mirror of __add__.
        d = self._days - other._days
        s = self._seconds - other._seconds
        us = self._microseconds - other._microseconds
        if us < 0:
            s, us = s - 1, us + 1000000
        if s < 0:
            d, s = d - 1, s + 86400
        return _new_timedelta(d, s, us)

    def __rsub__(self, other):
        return -self + other if isinstance(other, timedelta) else NotImplemented

    def __pos__(self):
        return timedelta._from_us(self._to_microseconds())

    def __neg__(self):
        return timedelta._from_us(-self._to_microseconds())

    def __abs__(self):
        return +self if self._days >= 0 else -self

    def __mul__(self, other):
        total = self._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_us(total * other)
        if not isinstance(other, float):
            return NotImplemented
        num, den = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(total * num, den))

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_us(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        total = self._to_microseconds()
        if isinstance(other, timedelta):
            return total / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(total, other))
        if not isinstance(other, float):
            return NotImplemented
        num, den = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(total * den, num))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


from _time import iso_fields as _iso_fields, iso_text as _iso_text


def _fast_iso_date(s):
    """(year, month, day) of a plain 'YYYY-MM-DD', or None: the general parser decides."""
    if len(s) == 10 and s[4] == "-" and s[7] == "-" and s.isascii():
        y = s[:4]
        m = s[5:7]
        d = s[8:]
        if y.isdigit() and m.isdigit() and d.isdigit():
            return int(y), int(m), int(d)
    return None


def _parse_isoformat_date(s):
    """(year, month, day) from 'YYYY-MM-DD', 'YYYYMMDD' or the ISO week forms."""
    n = len(s)
    if n < 7 or not s[:4].isdigit() or not s[:4].isascii():
        raise ValueError
    year = int(s[:4])
    has_sep = s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos : pos + 1] == "W":
        pos += 1
        week = s[pos : pos + 2]
        if len(week) != 2 or not (week.isdigit() and week.isascii()):
            raise ValueError
        pos += 2
        weekday = 1
        if pos < n:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            wd = s[pos : pos + 1]
            if len(wd) != 1 or not (wd.isdigit() and wd.isascii()):
                raise ValueError
            weekday = int(wd)
            pos += 1
        if pos != n:
            raise ValueError
        return _isocal_to_ymd(year, int(week), weekday)
    month = s[pos : pos + 2]
    pos += 2
    if has_sep:
        if s[pos : pos + 1] != "-":
            raise ValueError
        pos += 1
    day = s[pos : pos + 2]
    pos += 2
    if pos != n or len(month) != 2 or len(day) != 2:
        raise ValueError
    for part in (month, day):
        if not (part.isdigit() and part.isascii()):
            raise ValueError
    return year, int(month), int(day)


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _iso_week1_monday(year)
    return _ord2ymd(day_1 + day_offset)


def _date_part_length(s):
    """Length of the ISO date at the start of a datetime string."""
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if len(s) > 4 and s[4] == "W":
        if len(s) > 7 and s[7].isdigit():
            return 8
        return 7
    return 8


def _parse_digits(s, pos, count):
    part = s[pos : pos + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        raise ValueError
    return int(part)


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo-or-None) from an ISO time string."""
    tz = None
    for i, ch in enumerate(s):
        if ch in "+-Z":
            tz_text = s[i:]
            s = s[:i]
            if tz_text == "Z":
                tz = timezone.utc
            else:
                if len(tz_text) < 3:
                    raise ValueError
                sign = -1 if tz_text[0] == "-" else 1
                hh, mm, ss, us = _parse_hms(tz_text[1:])
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    if not s:
        raise ValueError
    hh, mm, ss, us = _parse_hms(s)
    return hh, mm, ss, us, tz


def _parse_hms(s):
    """HH[:MM[:SS[.fff]]] or HH[MM[SS[.fff]]]."""
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = n > 2 and s[2] == ":"
    for k in range(3):
        comps[k] = _parse_digits(s, pos, 2)
        pos += 2
        if pos >= n:
            break
        nxt = s[pos]
        if k < 2 and has_sep and nxt == ":":
            pos += 1
            continue
        if k < 2 and not has_sep and nxt.isdigit():
            continue
        if k == 2 and nxt in ".,":
            break
        raise ValueError
    else:
        pass
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError
        frac = s[pos + 1 :]
        if not frac or not (frac.isdigit() and frac.isascii()):
            raise ValueError
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps[0], comps[1], comps[2], comps[3]


class date:
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        year, month, day = _check_date_fields(year, month, day)
        obj = object.__new__(cls)
        obj._hashcode = -1
        obj._year, obj._month, obj._day = year, month, day
        return obj

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _fast_iso_date(date_string)
        if ymd is not None:
            return cls(*ymd)
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            ymd = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of POSIX timestamp t."""
        y, m, d = _local_fields(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        import time as _t
        return cls.fromtimestamp(_t.time())

    def timetuple(self):
        """A time.struct_time of this date (time fields zero, dst flag -1)."""
        return _struct_time((self.year, self.month, self.day, 0, 0, 0, self.weekday(),
                             _days_before_month(self.year, self.month) + self.day, -1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return (
            f"{_type_name(self)}"
            f"({self._year}, {self._month}, {self._day})"
        )

    def isoformat(self):
        return _iso_text(self._year, self._month, self._day, None, 0, 0, 0, 0)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (
            f"{_DAYNAMES[weekday - 1]} {_MONTHNAMES[self._month]} {self._day:2d} "
            f"00:00:00 {self._year:04d}"
        )

    def strftime(self, format):
        return _wrap_strftime(
            self,
            format,
            (self._year, self._month, self._day),
            (0, 0, 0, 0),
            self.weekday(),
            _days_before_month(self._year, self._month) + self._day,
            None,
        )

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        y = self._year - 1
        month = self._month
        # The leap-year test is written out: this runs for every arithmetic operation.
        return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month]
                + (month > 2 and (y % 4 == 3 and (y % 100 != 99 or y % 400 == 399)))
                + self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
        )

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if type(other) is date or isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def _check_order(self, other):
        if type(other) is date or isinstance(other, date) and not isinstance(other, datetime):
            return True
        return False

    def __lt__(self, other):
        if self._check_order(other):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if self._check_order(other):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if self._check_order(other):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if self._check_order(other):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash(self._cmp_key())
        return h

    def __add__(self, other):
        if isinstance(other, timedelta):
            days = other._days
            day = self._day + days
            if 0 < day <= 28:
                # The same month: no calendar arithmetic needed.
                return _new_date(type(self), self._year, self._month, day)
            o = self.toordinal() + days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            days = other._days
            day = self._day - days
            if 0 < day <= 28:
                return _new_date(type(self), self._year, self._month, day)
            o = self.toordinal() - days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        if type(other) is date or isinstance(other, date) and not isinstance(other, datetime):
            return timedelta._from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (
            f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"
        )


def _reduce_with_fold(obj, args, protocol):
    # As in CPython, fold=1 survives copying and pickles of protocol 4 and up only.
    if obj._fold and protocol > 3:
        return (obj.__class__, args, (None, {"_fold": 1}))
    return (obj.__class__, args)


class tzinfo:
    """Base class for time zone information; subclasses define utcoffset, dst and tzname."""

    __slots__ = ()

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def __reduce__(self):
        init_args = getattr(self, "__getinitargs__", None)
        return (self.__class__, init_args() if init_args else (),
                getattr(self, "__dict__", None) or None)

    def fromutc(self, dt):
        # dt holds UTC time with tzinfo self: shift it by the standard offset, then by the
        # DST adjustment in force at the shifted time.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if not standard:
            return dt + saving
        local = dt + standard
        saving = local.dst()
        if saving is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return local + saving


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold
        )
        _check_tzinfo_arg(tzinfo)
        obj = object.__new__(cls)
        obj._hashcode = -1
        obj._hour, obj._minute, obj._second, obj._microsecond = hour, minute, second, microsecond
        obj._tzinfo, obj._fold = tzinfo, fold
        return obj

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError(
                f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'"
            )
        return name

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _wrap_strftime(
            self,
            format,
            (1900, 1, 1),
            (self._hour, self._minute, self._second, self._microsecond),
            0,
            1,
            self,
        )

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond != 0:
            s = f", {self._second}, {self._microsecond}"
        elif self._second != 0:
            s = f", {self._second}"
        else:
            s = ""
        s = (
            f"{_type_name(self)}"
            f"({self._hour}, {self._minute}{s})"
        )
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def replace(
        self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None
    ):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, allow_mixed=False):
        # 2 means "naive against aware" for == and !=; ordering such times is an error.
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if allow_mixed:
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware times")
                minute = timedelta(minutes=1)
                return _cmp(
                    (self._hour * 60 + self._minute - mine // minute,
                     self._second, self._microsecond),
                    (other._hour * 60 + other._minute - theirs // minute,
                     other._second, other._microsecond),
                )
        return _cmp(
            (self._hour, self._minute, self._second, self._microsecond),
            (other._hour, other._minute, other._second, other._microsecond),
        )

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        tzoff = t.utcoffset()
        if not tzoff:
            return hash((t._hour, t._minute, t._second, t._microsecond))
        h, m = divmod(
            timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1)
        )
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash(time(h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond))

    def __reduce_ex__(self, protocol):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        return _reduce_with_fold(self, args, protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(
        cls,
        year=_MISSING,
        month=_MISSING,
        day=_MISSING,
        hour=0,
        minute=0,
        second=0,
        microsecond=0,
        tzinfo=None,
        *,
        fold=0,
    ):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold
        )
        _check_tzinfo_arg(tzinfo)
        obj = object.__new__(cls)
        obj._hashcode = -1
        obj._year, obj._month, obj._day = year, month, day
        obj._hour, obj._minute, obj._second, obj._microsecond = hour, minute, second, microsecond
        obj._tzinfo, obj._fold = tzinfo, fold
        return obj

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of POSIX timestamp t."""
        if isinstance(t, float):
            n, d = t.as_integer_ratio()
            us = _divide_and_round(n * 1000000, d)
        else:
            us = _index(t) * 1000000
        days, rest = divmod(us, _US_PER_DAY)
        o = _ymd2ord(1970, 1, 1) + days
        if not 1 <= o <= _MAXORDINAL:
            raise ValueError("year is out of range")
        y, m, d = _ord2ymd(o)
        secs, us = divmod(rest, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local datetime of POSIX timestamp t (or its time in zone tz)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")
        if tz is None:
            return cls(*_local_fields(t))
        utc = cls.utcfromtimestamp(t).replace(tzinfo=tz)
        return tz.fromutc(utc)

    @classmethod
    def now(cls, tz=None):
        """The current local datetime (or the current time in zone tz)."""
        import time as _t
        return cls.fromtimestamp(_t.time(), tz)

    @classmethod
    def today(cls):
        import time as _t
        return cls.fromtimestamp(_t.time())

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime."""
        import time as _t
        return cls.utcfromtimestamp(_t.time())

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string spells in format (C-locale directives)."""
        (y, m, d, hh, mm, ss, us, offset, zone, _wd, _yd) = _strptime(date_string, format)
        if offset is None and cls is datetime and ss < 60 and y >= MINYEAR:
            # Every other field the pattern matched is in range.
            return _new_datetime(datetime, y, m, d, hh, mm, ss, us, None)
        tz = None
        if offset is not None:
            delta = timedelta(microseconds=offset)
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def timestamp(self):
        """POSIX timestamp: local time for a naive datetime, UTC offset for an aware one."""
        if self._tzinfo is None or self.utcoffset() is None:
            import time as _t
            secs = _t.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        """A time.struct_time of this datetime (dst flag from dst(), -1 when unknown)."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self.weekday(),
                             _days_before_month(self._year, self._month) + self._day, flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        t = self - offset if offset else self
        return _struct_time((t.year, t.month, t.day, t.hour, t.minute, t.second, t.weekday(),
                             _days_before_month(t.year, t.month) + t.day, 0))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(
            date.year, date.month, date.day, time.hour, time.minute, time.second,
            time.microsecond, tzinfo, fold=time.fold,
        )

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        fields = _iso_fields(date_string)
        if fields is not None:
            y, m, d, hh, mm, ss, us = fields
            if (cls is datetime and y and 1 <= m <= 12 and 1 <= d <= 28 and hh < 24
                    and mm < 60 and ss < 60):
                # Fields in range for every month: no checks left to make.
                return _new_datetime(datetime, y, m, d, hh, mm, ss, us, None)
            return cls(*fields)
        try:
            split = _date_part_length(date_string)
            ymd = _parse_isoformat_date(date_string[:split])
            if len(date_string) > split:
                hh, mm, ss, us, tz = _parse_isoformat_time(date_string[split + 1 :])
            else:
                hh = mm = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*ymd, hh, mm, ss, us, tz)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    def date(self):
        # The fields of a datetime are valid for a date: no checks to repeat.
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(
            self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
            fold=self._fold,
        )

    def replace(
        self,
        year=None,
        month=None,
        day=None,
        hour=None,
        minute=None,
        second=None,
        microsecond=None,
        tzinfo=True,
        *,
        fold=None,
    ):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """This moment expressed in time zone tz (the system's local zone when None). A
        naive datetime, or one whose tzinfo gives no offset, is taken as local time."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")
        offset = None
        if self._tzinfo is not None:
            if tz is self._tzinfo:
                return self
            offset = self.utcoffset()
        if offset is None:
            here = _local_zone_at(self._local_seconds())
            offset = here.utcoffset(None)
        utc = self - offset
        if tz is None:
            # The local zone in force at that moment (its offset may differ from here's).
            tz = _local_zone_at((utc.replace(tzinfo=None) - _EPOCH_NAIVE) // timedelta(seconds=1))
            return (utc + tz.utcoffset(None)).replace(tzinfo=tz)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def _local_seconds(self):
        """The POSIX second at which the local clock reads this (naive) wall time."""
        import time as _t
        return int(_t.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1)))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(
                f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'"
            )
        return name

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (
            f"{_DAYNAMES[weekday - 1]} {_MONTHNAMES[self._month]} {self._day:2d} "
            f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}"
        )

    def isoformat(self, sep="T", timespec="auto"):
        if timespec == "auto" and self._tzinfo is None and type(sep) is str:
            return _iso_text(self._year, self._month, self._day, sep, self._hour, self._minute,
                             self._second, self._microsecond)
        s = f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec
        )
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _wrap_strftime(
            self,
            format,
            (self._year, self._month, self._day),
            (self._hour, self._minute, self._second, self._microsecond),
            self.weekday(),
            _days_before_month(self._year, self._month) + self._day,
            self,
        )

    def __repr__(self):
        fields = [
            self._year, self._month, self._day, self._hour, self._minute, self._second,
            self._microsecond,
        ]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = (
            f"{_type_name(self)}"
            f"({', '.join(map(str, fields))})"
        )
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def _naive_us(self):
        return (
            (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
            * 1000000
            + self._microsecond
        )

    def _cmp(self, other, allow_mixed=False):
        # Same tzinfo object or equal offsets: compare wall times; else compare instants.
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if allow_mixed:
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return self._cmp_instants(other)
        return _cmp(self._naive_us(), other._naive_us())

    def _cmp_instants(self, other):
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return self._fields() == other._fields()
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _order_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError(
                f"can't compare {type(self).__module__}.{type(self).__qualname__} "
                f"to {type(other).__module__}.{type(other).__qualname__}"
            )
        return False

    def __lt__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return self._fields() < other._fields()
        if self._order_check(other):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return self._fields() <= other._fields()
        if self._order_check(other):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return self._fields() > other._fields()
        if self._order_check(other):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return self._fields() >= other._fields()
        if self._order_check(other):
            return self._cmp(other) >= 0
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # A timedelta's seconds and microseconds are never negative, so the time of day
        # overflows by at most one day.
        rest = (((self._hour * 60 + self._minute) * 60 + self._second + other._seconds) * 1000000
                + self._microsecond + other._microseconds)
        days = other._days
        if rest >= _US_PER_DAY:
            days += 1
            rest -= _US_PER_DAY
        y, m, d = self._year, self._month, self._day
        if days:
            d += days
            if not 0 < d <= 28:
                days += self.toordinal()
                if not 1 <= days <= _MAXORDINAL:
                    raise OverflowError("date value out of range")
                y, m, d = _ord2ymd(days)
        secs = rest // 1000000
        micro = rest - secs * 1000000
        hh = secs // 3600
        rem = secs - hh * 3600
        mm = rem // 60
        return _new_datetime(type(self), y, m, d, hh, mm, rem - mm * 60, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = (
            ((self.toordinal() - other.toordinal()) * 86400
             + (self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60
             + self._second - other._second) * 1000000
            + self._microsecond - other._microsecond
        )
        if self._tzinfo is other._tzinfo:
            return timedelta._from_us(diff)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta._from_us(diff)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_us(diff) + otoff - myoff

    def __hash__(self):
        if self._tzinfo is None:
            # Naive: the hash never changes, so it is kept.
            h = self._hashcode
            if h == -1:
                h = self._hashcode = hash(("dt", self._naive_us()))
            return h
        t = self.replace(fold=0) if self._fold else self
        tzoff = t.utcoffset()
        if tzoff is None:
            return hash(("dt", t._naive_us()))
        return hash(("dt", t._naive_us() - tzoff._to_microseconds()))

    def __reduce_ex__(self, protocol):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond, self._tzinfo)
        return _reduce_with_fold(self, args, protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# The singleton returned for timezone(timedelta(0)) without a name.
_utc_holder = []


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(
                f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}"
            )
        if name is None:
            if not offset and _utc_holder:
                return _utc_holder[0]
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError(
                "offset must be a timedelta strictly between -timedelta(hours=24) and "
                f"timedelta(hours=24), not {offset!r}."
            )
        tz = tzinfo.__new__(cls)
        tz._offset, tz._name = offset, name
        return tz

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __repr__(self):
        if _utc_holder and self is _utc_holder[0]:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self._offset!r})"
        return (
            f"{self.__class__.__module__}.{self.__class__.__qualname__}"
            f"({self._offset!r}, {self._name!r})"
        )

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}"
        if seconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"
        return f"UTC{sign}{hours:02d}:{minutes:02d}"


_utc_holder.append(timezone(timedelta(0)))
timezone.utc = _utc_holder[0]
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _local_zone_at(secs):
    """The system's local zone at POSIX second secs, as a fixed-offset timezone named as
    the system names it (what astimezone() attaches)."""
    import time as _t
    tm = _t.localtime(secs)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


for _cls in (timedelta, date, tzinfo, time, datetime, timezone):
    _cls.__tp_name__ = "datetime." + _cls.__name__  # how CPython's messages name them
del _cls
