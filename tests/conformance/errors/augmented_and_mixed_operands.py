# Augmented assignment failures name the augmented operator, and int/float mixes
# in bitwise operators name both operand types as they are.


def attempt(label, fn):
    try:
        result = fn()
        print(f"{label}: ok {result!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


def add_in_place(total, item):
    total += item
    return total


def shift_in_place(value, by):
    value <<= by
    return value


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


attempt("int += str", lambda: add_in_place(1, "2"))
attempt("None += int", lambda: add_in_place(None, 5))


def _set_or(s, other):
    s |= other
    return s


def _pow(a, b):
    a **= b
    return a


def _floordiv(a, b):
    a //= b
    return a


def _and(a, b):
    a &= b
    return a


attempt("set |= list", lambda: _set_or({1}, [2]))
attempt("int **= str", lambda: _pow(2, "3"))
attempt("str //= int", lambda: _floordiv("10", 3))
attempt("int &= float", lambda: _and(6, 2.0))
attempt("int <<= float", lambda: shift_in_place(1, 2.0))
attempt("int <<= int", lambda: shift_in_place(1, 4))
attempt("tuple += list", lambda: add_in_place((1,), [2]))
attempt("list += int", lambda: add_in_place([1], 2))
attempt("deposit str", lambda: Account(10).deposit("5"))
attempt("deposit int", lambda: Account(10).deposit(5))

attempt("int & float", lambda: 6 & 2.5)
attempt("float | int", lambda: 2.5 | 6)
attempt("float ^ bool", lambda: 2.5 ^ True)
attempt("int >> float", lambda: 8 >> 1.0)
attempt("big << float", lambda: (10**30) << 1.5)
attempt("int @ float", lambda: 3 @ 1.5)
attempt("float + int", lambda: 2.5 + 6)

ledger = {"rent": 1200, "food": "350"}
total = 0
for name, amount in ledger.items():
    total += amount
