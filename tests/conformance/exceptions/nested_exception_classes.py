"""Exception classes nested in a class (or function) are named by their qualified name."""
import traceback


class Bank:
    class Error(Exception):
        pass

    class Overdrawn(Error):
        def __init__(self, balance, amount):
            super().__init__(f"balance {balance}, requested {amount}")

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise Bank.Overdrawn(self.balance, amount)
        self.balance -= amount
        return self.balance


def make_error():
    class LocalError(ValueError):
        pass
    return LocalError


account = Bank(100)
print(account.withdraw(30))
try:
    account.withdraw(500)
except Bank.Error as e:
    print(type(e).__qualname__, "|", traceback.format_exception_only(e)[-1].strip())

LocalError = make_error()
try:
    raise LocalError("from a factory")
except ValueError as e:
    print(type(e).__qualname__, "|", traceback.format_exception_only(e)[-1].strip())

account.withdraw(1000)
