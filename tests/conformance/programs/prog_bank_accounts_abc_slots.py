from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional
import functools

class TxKind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()

@dataclass(order=True)
class Transaction:
    amount: float
    kind: TxKind = field(compare=False)
    memo: str = field(default="", compare=False)

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account(ABC):
    _next_id = 1000
    __slots__ = ("owner", "_balance", "history", "id")

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.history: List[Transaction] = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return round(self._balance, 2)

    @abstractmethod
    def fee(self, amount: float) -> float: ...

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(Transaction(amount, TxKind.DEPOSIT))
        return self

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self._balance:
            raise InsufficientFunds(total, self._balance)
        self._balance -= total
        self.history.append(Transaction(amount, TxKind.WITHDRAW, f"fee={self.fee(amount):.2f}"))
        return self

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance:,.2f})"

    def __lt__(self, other):
        return self.balance < other.balance

class Checking(Account):
    __slots__ = ()
    def fee(self, amount):
        return 1.5 if amount < 100 else 0.0

class Savings(Account):
    __slots__ = ("rate",)
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def fee(self, amount):
        return amount * 0.01
    def accrue(self, months=1):
        for _ in range(months):
            self._balance *= (1 + self.rate / 12)
        return self.balance

def main():
    accts = [Checking("alice", 500), Savings("bob", 1200, rate=0.05), Checking("carol")]
    accts[0].deposit(250).withdraw(40).withdraw(300)
    accts[1].withdraw(200)
    print(accts[1].accrue(6))
    try:
        accts[2].withdraw(10)
    except InsufficientFunds as e:
        print("error:", e, e.needed, e.available)
    try:
        accts[2].deposit(-5)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
    for a in sorted(accts, reverse=True):
        print(a, a.id)
    for t in sorted(accts[0].history):
        print(" ", t)
    print(max(accts), min(accts, key=lambda a: a.owner))
    try:
        Account("x")
    except TypeError as e:
        print(e)
    try:
        accts[0].nickname = "al"
    except AttributeError as e:
        print(e)
    total = functools.reduce(lambda s, a: s + a.balance, accts, 0)
    print(f"total={total:>12,.3f}|{total:<12.1f}|{total:^14e}|")
    print(TxKind.DEPOSIT, repr(TxKind.WITHDRAW), list(TxKind))

if __name__ == "__main__":
    main()
