"""calendar for pyseal: the proleptic Gregorian calendar as tables and plain text.

Month and day names are those of the C locale. HTML output and the locale-switching
calendars are not provided.
"""

import datetime
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar",
           "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY",
           "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


January = 1
February = 2

# Days per month in a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _NameTable:
    """An immutable sequence of names (index-able, sliceable, iterable)."""

    def __init__(self, names):
        # A list, as CPython's: it shows in the IndexError an out-of-range index raises.
        self._names = list(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._names[i])
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_month(_NameTable):
    pass


class _localized_day(_NameTable):
    pass


month_name = _localized_month([""] + [datetime.date(2001, m, 1).strftime("%B")
                                      for m in range(1, 13)])
month_abbr = _localized_month([""] + [datetime.date(2001, m, 1).strftime("%b")
                                      for m in range(1, 13)])
# 2001-01-01 was a Monday.
day_name = _localized_day([datetime.date(2001, 1, d).strftime("%A") for d in range(1, 8)])
day_abbr = _localized_day([datetime.date(2001, 1, d).strftime("%a") for d in range(1, 8)])


def isleap(year):
    """True for leap years, False otherwise."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Day of the week (0 is Monday) of year (1-9999), month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar:
    """Month and year tables of dates, weeks starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, in display order."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the weeks that cover the month."""
        first_wd, ndays = monthrange(year, month)
        before = (first_wd - self.firstweekday) % 7
        y, m = _prevmonth(year, month)
        prev_len = _monthlen(y, m)
        for d in range(prev_len - before + 1, prev_len + 1):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        after = (self.firstweekday - first_wd - ndays) % 7
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for every day of the weeks that cover the month."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects of the weeks that cover the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days outside the month."""
        first_wd, ndays = monthrange(year, month)
        before = (first_wd - self.firstweekday) % 7
        yield from (0 for _ in range(before))
        yield from range(1, ndays + 1)
        after = (self.firstweekday - first_wd - ndays) % 7
        yield from (0 for _ in range(after))

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs; the day is 0 outside the month."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    """Calendars as plain text, like the `cal` command."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        text = "" if day == 0 else "%2i" % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
                 self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(gap)
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = "\n" * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([header for _ in months], colwidth, c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


_colwidth = 7 * 3 - 1
_spacing = 6


class HTMLCalendar(Calendar):
    """A calendar rendered as XHTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        return "<tr>" + "".join(self.formatday(d, wd) for d, wd in theweek) + "</tr>"

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        return "<tr>" + "".join(self.formatweekday(i) for i in self.iterweekdays()) + "</tr>"

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = f"{month_name[themonth]} {theyear}" if withyear else f"{month_name[themonth]}"
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{name}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" '
                 f'class="{self.cssclass_month}">', "\n",
                 self.formatmonthname(theyear, themonth, withyear=withyear), "\n",
                 self.formatweekheader(), "\n"]
        for week in self.monthdays2calendar(theyear, themonth):
            parts += [self.formatweek(week), "\n"]
        parts += ["</table>", "\n"]
        return "".join(parts)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" '
                 f'class="{self.cssclass_year}">', "\n",
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}'
                 "</th></tr>"]
        for first in range(January, January + 12, width):
            parts.append("<tr>")
            for m in range(first, min(first + width, 13)):
                parts += ["<td>", self.formatmonth(theyear, m, withyear=False), "</td>"]
            parts.append("</tr>")
        parts.append("</table>")
        return "".join(parts)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        if encoding is None:
            encoding = "utf-8"
        parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n',
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 "<html>\n", "<head>\n",
                 f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />\n']
        if css is not None:
            parts.append(f'<link rel="stylesheet" type="text/css" href="{css}" />\n')
        parts += [f"<title>Calendar for {theyear}</title>\n", "</head>\n", "<body>\n",
                  self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(parts).encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a locale; pyseal has only the C locale's names."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a locale; pyseal has only the C locale's names."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Centres each column in colwidth and joins them with spacing blanks."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


# The module-level functions are bound methods of one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar, prweek, week = c.monthdayscalendar, c.prweek, c.formatweek
weekheader, prmonth, month = c.formatweekheader, c.prmonth, c.formatmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def timegm(tuple):
    """The POSIX timestamp of a UTC time tuple (year, month, day, hour, minute, second)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
