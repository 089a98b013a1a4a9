# Constructor and strptime argument errors of datetime and time, worded as CPython's C
# implementations word them, and strptime rejecting impossible days.
import datetime
import time

calls = [
    lambda: datetime.date(),
    lambda: datetime.date(2020),
    lambda: datetime.date(2020, 1),
    lambda: datetime.date(year=2020, month=1),
    lambda: datetime.date(2020, day=5),
    lambda: datetime.date(2020, 1, None),
    lambda: datetime.date(2020, 1, 1.5),
    lambda: datetime.datetime(2020),
    lambda: datetime.datetime(2020, 1),
    lambda: datetime.datetime(2020, 1, hour=3),
    lambda: datetime.datetime(2020, 2, 30),
    lambda: datetime.datetime.strptime(5, "%Y"),
    lambda: datetime.datetime.strptime("5", 5),
    lambda: datetime.datetime.strptime("2023-02-29", "%Y-%m-%d"),
    lambda: datetime.datetime.strptime("2024-02-29", "%Y-%m-%d"),
    lambda: datetime.datetime.strptime("2023-04-31 10:00", "%Y-%m-%d %H:%M"),
    lambda: datetime.datetime.strptime("31/06/2023", "%d/%m/%Y"),
    lambda: time.strptime(5),
    lambda: time.strptime("5", 5),
    lambda: time.strptime("2023-02-29", "%Y-%m-%d"),
    lambda: time.strptime("2024-02-29", "%Y-%m-%d")[:8],
    lambda: time.strptime("2023 60", "%Y %j")[:8],
    lambda: time.strptime("Feb 30", "%b %d"),
]
for i, call in enumerate(calls):
    try:
        print(i, repr(call()))
    except Exception as e:
        print(i, type(e).__name__, e)

print(datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3), datetime.date(year=2021, month=3, day=4))
print(datetime.date(2020, 5, 6).replace(day=7), datetime.datetime(2020, 5, 6).replace(month=1))
