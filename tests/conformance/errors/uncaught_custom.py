class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance} < {amount}")
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)
acct = Account(100)
for amt in [30, 50, 40]:
    acct.withdraw(amt)
