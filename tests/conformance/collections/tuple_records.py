records = [
    ("2024-03-01", "coffee", -3.5), ("2024-03-01", "salary", 2500.0), ("2024-03-02", "rent", -900.0),
    ("2024-03-02", "coffee", -3.5), ("2024-03-05", "books", -42.25), ("2024-03-09", "refund", 15.0),
]
balance = 0.0
for date, what, amount in records:
    balance += amount
    print(f"{date} {what:<8}{amount:>10.2f}{balance:>10.2f}")
by_day = {}
for date, _, amount in records:
    by_day[date] = by_day.get(date, 0) + amount
print(sorted(by_day.items()))
income = tuple(r for r in records if r[2] > 0)
print(len(income), income[0], max(records, key=lambda r: abs(r[2]))[1])
dates, whats, amounts = zip(*records)
print(dates[:2], whats[-1], sum(amounts))
point = (3, 4)
x, y = point
print(((x ** 2 + y ** 2) ** 0.5), point * 2, point + (5,), point[::-1], tuple(sorted(point, reverse=True)))
