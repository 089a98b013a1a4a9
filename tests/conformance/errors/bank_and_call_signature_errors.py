# A bank account raising its own errors, then wrong call signatures of user functions,
# methods, constructors and builtins: the TypeError/ValueError wording CPython uses.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
for amt in [30, -5, 500, "x", 70, 1]:
    try:
        print("ok", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("funds:", e, e.args, e.needed, repr(e))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def show(*calls):
    for f, args, kw in calls:
        try:
            f(*args, **kw)
        except Exception as e:
            print(f"{type(e).__name__}: {e}")
def two(a, b): pass
def kwonly(a, *, key): pass
def defaults(a, b=1, *args, c, d=2, **kw): pass
show((acct.withdraw, (), {}), (acct.withdraw, (1, 2), {}), (Account, (), {}), (Account, (1,2,3), {}),
     (two, (1,), {}), (two, (), {}), (two, (1,2,3), {}), (two, (1,), {'a': 2}), (two, (1,2), {'c': 3}),
     (kwonly, (1, 2), {}), (kwonly, (1,), {}), (defaults, (), {}), (defaults, (1,), {}),
     (len, (), {}), (len, (1,), {}), (len, ([], []), {}), (int, ("abc",), {}), (int, ("12", 2), {}),
     (float, ("1.2.3",), {}), (int, (None,), {}), (abs, ("x",), {}), (divmod, (1, 0), {}),
     (sorted, ([1, "a"],), {}), (max, ([],), {}), (min, (), {}), (sum, (["a"],), {}),
     ("abc".index, ("z",), {}), ([1].index, (2,), {}), ([].pop, (), {}), ({}.pop, ("k",), {}),
     ("a b".split, (1,), {}), (",".join, ([1, 2],), {}), ("x".encode, ("nope",), {}),
     (b"\xff".decode, ("utf-8",), {}), (list.append, ([],), {}), (dict.fromkeys, (), {}),
     (setattr, (1, "x", 2), {}), (getattr, (acct, "missing"), {}), (getattr, (acct, "balanc"), {}),
     (iter, (5,), {}), (next, (iter([]),), {}), (hash, ([],), {}), (range, (1.5,), {}),
     (chr, (-1,), {}), (ord, ("ab",), {}), (round, ("x",), {}), (pow, (0, -1), {}),
     (complex, ("1+",), {}), (bytes, (-1,), {}), (tuple.__new__, (list,), {}), (isinstance, (1, 1), {}),
     (issubclass, (1, int), {}), (str.join, (",", 5), {}), ("{}{}".format, (1,), {}), ("{a}".format, (), {}),
     ("%d" .__mod__, ("x",), {}), ("%s %s".__mod__, ((1,),), {}), (int.from_bytes, (), {}),
    )
