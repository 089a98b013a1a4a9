# A small ledger that mixes Decimal amounts, exact Fraction shares and Enum categories.
import calendar
from datetime import timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction


class Category(Enum):
    RENT = "rent"
    FOOD = "food"
    TRAVEL = "travel"


entries = [
    (Category.RENT, Decimal("1250.00")),
    (Category.FOOD, Decimal("312.45")),
    (Category.TRAVEL, Decimal("89.99")),
    (Category.FOOD, Decimal("17.56")),
]

total = sum(amount for _, amount in entries)
print("total:", total)
for cat in Category:
    spent = sum((a for c, a in entries if c is cat), Decimal(0))
    share = Fraction(spent) / Fraction(total)
    print(f"{cat.name:<7} {spent:>9} {share} ~ {float(share):.3%}")

# Fraction accepts a Decimal directly and through from_decimal.
print(Fraction(Decimal("-0.25")), Fraction.from_decimal(Decimal("1.5")), Fraction.from_decimal(7))
for bad in (Decimal("Infinity"), Decimal("NaN"), 1.5, "0.5"):
    try:
        print(Fraction.from_decimal(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction(Decimal("-Infinity"))
except OverflowError as e:
    print("OverflowError", e)

# __members__ is a read-only mapping proxy.
members = Category.__members__
print(type(members).__name__, list(members), members["FOOD"])
try:
    members["OTHER"] = 1
except TypeError as e:
    print("TypeError", e)

# Month names live in a list, day names in a tuple: the IndexError says which.
print(calendar.month_name[12], calendar.month_abbr[1:4], calendar.day_name[-1])
for table, index in ((calendar.month_name, 13), (calendar.day_abbr, 7)):
    try:
        table[index]
    except IndexError as e:
        print("IndexError", e)

# Huge day counts overflow a C int before the range check.
for days in (10**9, 2**31 - 1, 2**31, -(2**40)):
    try:
        timedelta(days=days)
    except OverflowError as e:
        print("OverflowError", e)
try:
    timedelta(days=1) * 10**10
except OverflowError as e:
    print("OverflowError", e)
