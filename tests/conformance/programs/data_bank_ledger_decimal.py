from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta, datetime
import heapq

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} lacks {amount}")
        self.account = account

class Account:
    _next = 1000
    def __init__(self, owner, balance="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []

    def deposit(self, amount, when):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append((when, "DEP", amount))

    def withdraw(self, amount, when):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((when, "WDR", -amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, balance={self.balance})"

start = date(2024, 1, 29)
acc = Account("Ann", "100.00")
bob = Account("Bob")
events = []
for i, (days, kind, amt) in enumerate([(0, "d", "50.25"), (3, "w", "20.10"), (1, "d", "0.05"),
                                        (30, "w", "500"), (2, "d", "12.345"), (45, "w", "1")]):
    heapq.heappush(events, (start + timedelta(days=days), i, kind, amt))
while events:
    when, i, kind, amt = heapq.heappop(events)
    try:
        if kind == "d":
            acc.deposit(amt, when)
        else:
            acc.withdraw(amt, when)
        print(f"{when:%Y-%m-%d (%a)} {kind} {amt:>8} -> {acc.balance:>10}")
    except InsufficientFunds as e:
        print(f"{when.isoformat()} FAILED: {e}")

rate = Decimal("0.0375")
interest = (acc.balance * rate / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("monthly interest", interest, repr(interest))
print(acc)
for when, kind, amount in acc.history:
    print(when.strftime("%d %b %Y"), kind.ljust(4, "."), f"{amount:+.2f}")
try:
    bob.deposit("-5", start)
except ValueError as e:
    print("error:", e)
d = datetime(2024, 2, 28, 23, 30)
for h in (0, 1, 25, 24 * 366):
    x = d + timedelta(hours=h)
    print(x, x.strftime("%j %U %w %A %B %I%p"), x.isocalendar())
print((date(2024, 12, 25) - date(2024, 2, 29)).days, timedelta(days=1, seconds=3661), timedelta(minutes=-1))
print(str(timedelta(days=-3, hours=5)), repr(timedelta(hours=36)))
print(date.fromisoformat("2023-06-15").replace(day=1), datetime.fromisoformat("2023-06-15T08:09:10"))
print(sorted([date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 1)]))
print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("3"), Decimal(7).sqrt())
bob.withdraw("1", start)
