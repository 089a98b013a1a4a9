def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m): return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    # Zeller-like: 0 = Monday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3: y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7
MONTHS = "January February March April May June July August September October November December".split()
def month_text(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for y, m in [(2024, 2), (2000, 1), (1999, 12)]:
    print("\n".join(month_text(y, m)))
    print()
def day_of_year(y, m, d): return sum(days_in_month(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1), [y for y in range(1896, 1920) if is_leap(y)])
names = "Mon Tue Wed Thu Fri Sat Sun".split()
print(names[weekday(1969, 7, 20)], names[weekday(2000, 1, 1)], names[weekday(2024, 2, 29)])
