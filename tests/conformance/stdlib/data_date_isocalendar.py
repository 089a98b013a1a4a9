# date.fromisocalendar round trips and its range errors.
from datetime import date, datetime

for y in [2015, 2020, 2021, 2024, 2026]:
    first = date.fromisocalendar(y, 1, 1)
    print(y, first, first.isocalendar(), date.fromisocalendar(y, 1, 7))
for args in [(2024, 53, 1), (2020, 53, 7), (2015, 53, 4), (2024, 0, 1), (2024, -1, 1),
             (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1), (2024, 54, 1)]:
    try:
        print(args, date.fromisocalendar(*args))
    except ValueError as e:
        print(args, "ValueError", e)
print(datetime.fromisocalendar(2024, 10, 3), type(datetime.fromisocalendar(2024, 10, 3)).__name__)
for d in [date(2021, 1, 3), date(2024, 12, 30), date(2027, 1, 1)]:
    ic = d.isocalendar()
    print(d, ic, ic.year, ic.week, ic.weekday, date.fromisocalendar(*ic) == d)
