"""Class-heavy simulation: accounts with __slots__, super(), properties and exceptions for control flow."""
class Account:
    __slots__ = ("owner", "balance", "history")
    def __init__(self, owner, balance=0):
        self.owner = owner; self.balance = balance; self.history = []
    def deposit(self, amt):
        if amt <= 0: raise ValueError("bad amount")
        self.balance += amt; self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance: raise RuntimeError("insufficient")
        self.balance -= amt; self.history.append(("wd", amt))
class Savings(Account):
    __slots__ = ("rate",)
    def __init__(self, owner, balance=0, rate=0.01):
        super().__init__(owner, balance); self.rate = rate
    def accrue(self):
        self.deposit(round(self.balance * self.rate, 2) or 0.01)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, name, kind=Account, **kw):
        acc = kind(name, **kw); self.accounts[name] = acc; return acc
    def transfer(self, a, b, amt):
        try:
            self.accounts[a].withdraw(amt)
        except RuntimeError:
            return False
        self.accounts[b].deposit(amt)
        return True
    @property
    def total(self):
        return sum(a.balance for a in self.accounts.values())
import random
random.seed(3)
bank = Bank()
for i in range(300):
    if i % 3 == 0: bank.open(f"s{i}", Savings, balance=100, rate=0.02)
    else: bank.open(f"a{i}", balance=random.randint(0, 500))
names = list(bank.accounts)
ok = fail = 0
for step in range(60000):
    a, b = random.choice(names), random.choice(names)
    if bank.transfer(a, b, random.randint(1, 200)): ok += 1
    else: fail += 1
    if step % 5000 == 0:
        for acc in bank.accounts.values():
            if isinstance(acc, Savings): acc.accrue()
inv = {}
for acc in bank.accounts.values():
    for kind, amt in acc.history:
        inv[kind] = inv.get(kind, 0) + amt
print(ok, fail, round(bank.total, 2), sorted(inv.items()))
