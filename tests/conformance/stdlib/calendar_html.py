# calendar: text and HTML renderings (months, years, pages), custom CSS classes, errors.
import calendar
def t(f):
    try:
        r = f()
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2, w=3, l=2))
t(lambda: calendar.TextCalendar().formatyear(2024, w=2, l=1, c=4, m=4)[:600])
t(lambda: calendar.calendar(2023)[:300])
t(lambda: calendar.HTMLCalendar().formatmonth(2024, 3)[:500])
t(lambda: list(calendar.Calendar().itermonthdates(2024, 2))[:3])
t(lambda: list(calendar.Calendar(6).iterweekdays()))
t(lambda: calendar.Calendar().monthdays2calendar(2024, 2)[0])
t(lambda: calendar.Calendar().yeardayscalendar(2024, width=2)[0][0][0])
t(lambda: calendar.weekheader(3))
t(lambda: calendar.firstweekday())
t(lambda: calendar.setfirstweekday(8))
t(lambda: calendar.monthrange(2024, 13))
t(lambda: calendar.weekday(2024, 2, 30))
t(lambda: calendar.isleap("x"))
t(lambda: calendar.month_name[0] == "")
t(lambda: list(calendar.month_abbr))
t(lambda: list(calendar.day_name))
t(lambda: calendar.Month.FEBRUARY if hasattr(calendar, "Month") else "nomonth")
t(lambda: calendar.TextCalendar().formatweekday(0, 10))
t(lambda: calendar.TextCalendar().formatmonthname(2024, 5, 20))
t(lambda: list(calendar.Calendar().itermonthdays3(2024, 1))[:2])
t(lambda: calendar.LocaleTextCalendar(locale="C").formatmonth(2024, 1)[:40])
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2024, width=5))
print(h.formatyearpage(2024, width=2, css=None, encoding="ascii").decode()[:900])
print(calendar.HTMLCalendar().formatyearpage(2023)[-200:])
print(repr(h.formatday(0, 1)), repr(h.formatweekday(6)), repr(h.formatweek([(1, 0), (0, 1)])))
class Custom(calendar.HTMLCalendar):
    cssclasses = ["wd"] * 5 + ["we"] * 2
    cssclass_month = "cal"
print(Custom().formatmonth(2024, 6))
print(calendar.LocaleHTMLCalendar(locale="C").formatmonthname(2024, 7))
