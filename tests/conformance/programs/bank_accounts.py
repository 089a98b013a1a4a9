class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance}, wanted {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {self._balance}>"
class Savings(Account):
    rate = 0.01
    def month_end(self):
        interest = round(self._balance * self.rate)
        if interest:
            self.deposit(interest)
class Checking(Account):
    fee = 2
    overdraft = 50
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: overdraft limit reached")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        self._balance -= self.fee
        self.history.append(("fee", self.fee))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, amount=0):
        acct = kind(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Savings, "ann", 1000)
b = bank.open(Checking, "bob", 100)
c = bank.open(Account, "cy")
print(bank.accounts)
print(bank.transfer(a.id, b.id, 250), bank.transfer(b.id, c.id, 380), bank.transfer(b.id, c.id, 100))
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print(f"month {month}: " + ", ".join(f"{x.owner}={x.balance}" for x in bank.accounts.values()), "total", bank.total())
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
