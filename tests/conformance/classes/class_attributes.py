class Account:
    interest = 0.02
    accounts = []
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        Account.accounts.append(self)
a = Account("ann", 100)
b = Account("bob")
b.interest = 0.05
print(a.interest, b.interest, Account.interest, len(Account.accounts))
Account.interest = 0.03
print(a.interest, b.interest)
del b.interest
print(b.interest, "interest" in vars(b), "interest" in Account.__dict__)
print(sorted(k for k in vars(a)), Account.__name__, Account.__module__)
setattr(a, "nickname", "A")
print(getattr(a, "nickname"), getattr(a, "none", None), hasattr(Account, "accounts"))
delattr(a, "nickname")
print(hasattr(a, "nickname"))
class Outer:
    class Inner:
        value = 7
    x = [Inner.value * i for i in range(1)] if False else None
print(Outer.Inner.value, Outer.Inner.__qualname__)
print(sorted(n for n in dir(a) if not n.startswith("__")))
