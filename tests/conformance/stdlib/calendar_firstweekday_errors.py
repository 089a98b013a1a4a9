# calendar: first weekday handling (instances and the module-level calendar), the
# module-level helpers bound to it, and the Illegal*Error exceptions.
import calendar

for first in (0, 3, 6, 7, -1, 13):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal = calendar.Calendar()
it = cal.iterweekdays()
print(next(it), next(it))
cal.setfirstweekday(4)
print(list(it), list(cal.iterweekdays()))
cal.firstweekday = 9
print(cal.firstweekday, cal._firstweekday)

print(calendar.firstweekday(), calendar.weekheader(3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.c.firstweekday)
print(calendar.monthcalendar(2024, 2))
print(calendar.week(calendar.c.monthdays2calendar(2024, 2)[0], 3))
print(calendar.month(2023, 12), end="")
calendar.prmonth(2024, 3, 3, 1)
calendar.prweek(calendar.c.monthdays2calendar(2024, 3)[1], 2)
print("|")
print(calendar.calendar(2021, 2, 1, 4, 4), end="")
calendar.setfirstweekday(2.5)
print(calendar.firstweekday())
for bad in (7, -1, 100):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday, e.args, isinstance(e, ValueError))
try:
    calendar.setfirstweekday("1")
except TypeError as e:
    print("TypeError", e)
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.firstweekday())

for bad in (0, 13, -5):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, e.args, isinstance(e, calendar.error))
for call in (lambda: calendar.month_name[13], lambda: calendar.day_abbr[7]):
    try:
        call()
    except IndexError as e:
        print("IndexError", e)
e = calendar.IllegalMonthError("x")
print(str(e), repr(e.month))
print(str(calendar.IllegalWeekdayError(3.5)))
try:
    calendar.TextCalendar().formatmonth(2024, 14)
except IndexError as err:
    print("IndexError", err)
