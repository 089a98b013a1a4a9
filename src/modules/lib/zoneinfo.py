"""zoneinfo for pyseal: IANA time zones from the system's TZif files (ZoneInfo)."""

import bisect as _bisect
import calendar as _calendar
import os as _os
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
          '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """No time zone of that key."""


class InvalidTZPathWarning(RuntimeWarning):
    pass


ZoneInfoNotFoundError.__module__ = 'zoneinfo'


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, str):
            raise TypeError('tzpaths must be a list or tuple, not str')
        TZPATH = tuple(to)


def _find(key):
    if _os.path.isabs(key) or '..' in key.split('/') or key.startswith('/'):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    for base in TZPATH:
        path = _os.path.join(base, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    zones = set()
    for base in TZPATH:
        if not _os.path.isdir(base):
            continue
        for root, dirs, files in _os.walk(base):
            dirs[:] = [d for d in dirs if d not in ('posix', 'right')]
            for name in files:
                path = _os.path.join(root, name)
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) != b'TZif':
                            continue
                except OSError:
                    continue
                key = _os.path.relpath(path, base)
                if key not in ('posixrules', 'localtime', 'Factory'):
                    zones.add(key)
    return zones


# ---------------------------------------------------------------------------------------------
# TZif files

def _be(data, offset, size, signed=True):
    return int.from_bytes(data[offset:offset + size], 'big', signed=signed)


def _load_tzif(data):
    """(transitions (UTC seconds), type index per transition, types [(utoff, isdst, abbr)],
    POSIX TZ string of the future)."""
    if data[:4] != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version = data[4:5]

    def header(at):
        counts = [_be(data, at + 20 + 4 * k, 4) for k in range(6)]
        return counts  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt

    isut, isstd, leap, timecnt, typecnt, charcnt = header(0)
    body = 44
    time_size = 4
    if version >= b'2':
        v1_len = timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        start = body + v1_len
        isut, isstd, leap, timecnt, typecnt, charcnt = header(start)
        body = start + 44
        time_size = 8
    pos = body
    trans = [_be(data, pos + k * time_size, time_size) for k in range(timecnt)]
    pos += timecnt * time_size
    idx = list(data[pos:pos + timecnt])
    pos += timecnt
    raw_types = []
    for k in range(typecnt):
        utoff = _be(data, pos, 4)
        isdst = data[pos + 4]
        abbrind = data[pos + 5]
        raw_types.append((utoff, isdst, abbrind))
        pos += 6
    chars = data[pos:pos + charcnt]
    pos += charcnt
    pos += leap * (time_size + 4) + isstd + isut
    types = []
    for utoff, isdst, abbrind in raw_types:
        end = chars.find(b'\0', abbrind)
        types.append((utoff, isdst, chars[abbrind:end if end >= 0 else None].decode('ascii')))
    footer = ''
    if version >= b'2':
        rest = data[pos:]
        if rest.startswith(b'\n'):
            end = rest.find(b'\n', 1)
            footer = rest[1:end].decode('ascii') if end > 0 else ''
    return trans, idx, types, footer


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname


# ---------------------------------------------------------------------------------------------
# POSIX TZ strings (the rule after the last transition)

def _parse_offset(text):
    """POSIX [+-]hh[:mm[:ss]] (positive west) as seconds east of UTC."""
    sign = 1
    if text[:1] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    parts = [int(p) for p in text.split(':')]
    while len(parts) < 3:
        parts.append(0)
    seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
    return -sign * seconds


def _parse_time(text):
    sign = 1
    if text[:1] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    parts = [int(p) for p in text.split(':')]
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _take_name(text):
    if text.startswith('<'):
        end = text.index('>')
        return text[1:end], text[end + 1:]
    k = 0
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[:k], text[k:]


def _take_offset(text):
    k = 0
    while k < len(text) and (text[k].isdigit() or text[k] in '+-:'):
        k += 1
    return text[:k], text[k:]


class _Rule:
    """A date rule of a POSIX TZ string: Mm.w.d, Jn or n, with its time of day."""

    def __init__(self, spec):
        date, _, time = spec.partition('/')
        self.seconds = _parse_time(time) if time else 7200
        if date.startswith('M'):
            m, w, d = (int(x) for x in date[1:].split('.'))
            self.kind, self.args = 'M', (m, w, d)
        elif date.startswith('J'):
            self.kind, self.args = 'J', (int(date[1:]),)
        else:
            self.kind, self.args = 'n', (int(date),)

    def day_of_year_start(self, year):
        """Seconds from the start of the year (naive) to the rule's moment."""
        if self.kind == 'M':
            month, week, weekday = self.args
            first_weekday, ndays = _calendar.monthrange(year, month)
            # calendar: Monday=0; POSIX: Sunday=0.
            first = (first_weekday + 1) % 7
            day = 1 + (weekday - first) % 7 + 7 * (week - 1)
            while day > ndays:
                day -= 7
            ordinal = (_datetime(year, month, day) - _datetime(year, 1, 1)).days
        elif self.kind == 'J':
            n = self.args[0]
            ordinal = n - 1
            if _calendar.isleap(year) and n >= 60:
                ordinal += 1
        else:
            ordinal = self.args[0]
        return ordinal * 86400 + self.seconds


class _TZStr:
    def __init__(self, text):
        self.text = text
        std_name, rest = _take_name(text)
        off, rest = _take_offset(rest)
        self.std = _TTInfo(_parse_offset(off), 0, std_name)
        self.dst = None
        if rest:
            dst_name, rest = _take_name(rest)
            off, rest = _take_offset(rest)
            dst_off = _parse_offset(off) if off else self.std.utcoff + 3600
            self.dst = _TTInfo(dst_off, dst_off - self.std.utcoff, dst_name)
            if rest.startswith(','):
                start, _, end = rest[1:].partition(',')
                self.start = _Rule(start)
                self.end = _Rule(end)
            else:
                self.start = _Rule('M3.2.0')
                self.end = _Rule('M11.1.0')

    def _bounds(self, year):
        base = _epoch_seconds(_datetime(year, 1, 1))
        return (base + self.start.day_of_year_start(year),
                base + self.end.day_of_year_start(year))

    def info_for_wall(self, ts, fold):
        if self.dst is None:
            return self.std
        year = _datetime(1970, 1, 1) + _timedelta(seconds=ts)
        start, end = self._bounds(year.year)
        delta = self.dst.utcoff - self.std.utcoff
        begin = start + delta if fold == 0 else start
        finish = end if fold == 0 else end - delta
        if start < end:
            in_dst = begin <= ts < finish
        else:
            in_dst = ts >= begin or ts < finish
        return self.dst if in_dst else self.std

    def info_for_utc(self, ts):
        """(ttinfo, fold) for a UTC timestamp."""
        if self.dst is None:
            return self.std, 0
        year = (_datetime(1970, 1, 1) + _timedelta(seconds=ts + self.std.utcoff)).year
        start, end = self._bounds(year)
        start_utc = start - self.std.utcoff
        end_utc = end - self.dst.utcoff
        if start_utc < end_utc:
            in_dst = start_utc <= ts < end_utc
        else:
            in_dst = ts >= start_utc or ts < end_utc
        delta = self.dst.utcoff - self.std.utcoff
        fold = int(not in_dst and end_utc <= ts < end_utc + delta)
        return (self.dst if in_dst else self.std), fold


def _epoch_seconds(dt):
    days = dt.toordinal() - 719163
    return days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


# ---------------------------------------------------------------------------------------------
# ZoneInfo

_cache = {}


class ZoneInfo(_tzinfo):
    """The IANA time zone of a key such as 'America/New_York'."""

    def __new__(cls, key):
        instance = _cache.get(key)
        if instance is None:
            instance = cls.no_cache(key)
            _cache[key] = instance
        return instance

    @classmethod
    def no_cache(cls, key):
        path = _find(key)
        if path is None:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with open(path, 'rb') as f:
            data = f.read()
        obj = _tzinfo.__new__(cls)
        obj._key = key
        obj._file_path = path
        obj._load(data)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = _tzinfo.__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load(fobj.read())
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            _cache.clear()
        else:
            for key in only_keys:
                _cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        trans, idx, types, footer = _load_tzif(data)
        infos = []
        for k, (utoff, isdst, abbr) in enumerate(types):
            dst = 0
            if isdst:
                # The DST offset: the difference from the nearest standard-time type.
                std = None
                for j in range(len(idx)):
                    if idx[j] == k:
                        for back in range(j - 1, -1, -1):
                            if not types[idx[back]][1]:
                                std = types[idx[back]][0]
                                break
                        if std is None:
                            for fwd in range(j + 1, len(idx)):
                                if not types[idx[fwd]][1]:
                                    std = types[idx[fwd]][0]
                                    break
                        break
                dst = utoff - std if std is not None and utoff != std else 3600
            infos.append(_TTInfo(utoff, dst, abbr))
        self._trans_utc = trans
        self._trans_idx = [infos[i] for i in idx]
        before = next((info for info, t in zip(infos, types) if not t[1]),
                      infos[0] if infos else _TTInfo(0, 0, 'UTC'))
        self._ttinfo_before = infos[0] if infos else before
        # Wall-clock transition times: fold 0 takes the larger offset, fold 1 the smaller.
        wall0, wall1 = [], []
        prev = self._ttinfo_before.utcoff
        for t, info in zip(trans, self._trans_idx):
            hi, lo = max(prev, info.utcoff), min(prev, info.utcoff)
            wall0.append(t + hi)
            wall1.append(t + lo)
            prev = info.utcoff
        self._trans_wall = (wall0, wall1)
        self._tz_after = _TZStr(footer) if footer else None
        if self._tz_after is None:
            last = self._trans_idx[-1] if self._trans_idx else self._ttinfo_before
            self._fixed_after = last
        else:
            self._fixed_after = None

    def _find_wall(self, dt):
        ts = _epoch_seconds(dt.replace(tzinfo=None))
        fold = dt.fold
        wall = self._trans_wall[fold]
        i = _bisect.bisect_right(wall, ts)
        if i == 0:
            return self._ttinfo_before
        if i < len(wall) or self._tz_after is None:
            return self._trans_idx[i - 1]
        return self._tz_after.info_for_wall(ts, fold)

    def utcoffset(self, dt):
        if dt is None:
            return None
        return _timedelta(seconds=self._find_wall(dt).utcoff)

    def dst(self, dt):
        if dt is None:
            return None
        return _timedelta(seconds=self._find_wall(dt).dstoff)

    def tzname(self, dt):
        if dt is None:
            return None
        return self._find_wall(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        ts = _epoch_seconds(dt.replace(tzinfo=None))
        trans = self._trans_utc
        i = _bisect.bisect_right(trans, ts)
        fold = 0
        if trans and i >= len(trans) and self._tz_after is not None:
            info, fold = self._tz_after.info_for_utc(ts)
        elif i == 0:
            info = self._ttinfo_before
        else:
            info = self._trans_idx[i - 1]
            prev = self._trans_idx[i - 2].utcoff if i >= 2 else self._ttinfo_before.utcoff
            if prev > info.utcoff and ts - trans[i - 1] < prev - info.utcoff:
                fold = 1
        local = dt + _timedelta(seconds=info.utcoff)
        return local.replace(fold=fold)

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f'{type(self).__module__}.{type(self).__name__}(key={self._key!r})'
        return f'{type(self).__module__}.{type(self).__name__}.from_file({self._file_path!r})'

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, True))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)


ZoneInfo.__module__ = 'zoneinfo'
