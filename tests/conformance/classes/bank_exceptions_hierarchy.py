# Bank system: exceptions hierarchy + classes + class-level state
class BankError(Exception):
    def __init__(self, msg, account=None):
        super().__init__(msg)
        self.account = account
class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f'need {needed} more', account)
        self.needed = needed
    def __str__(self): return f'[{self.account.owner}] ' + super().__str__()
class Frozen(BankError): pass
class Account:
    _next_id = 1
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner = owner; self._balance = balance; self.frozen = False
        self.history = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError('negative balance')
        self._balance = v
    def deposit(self, amt):
        if self.frozen: raise Frozen('frozen', self)
        self.balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self.balance: raise InsufficientFunds(self, amt - self.balance)
        self.balance -= amt; self.history.append(('wd', amt)); return self
    def __repr__(self): return f'{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})'
    def __eq__(self, o): return isinstance(o, Account) and self.id == o.id
    def __hash__(self): return hash(self.id)
    def __lt__(self, o): return self.balance < o.balance
    @classmethod
    def from_csv(cls, line):
        o, b = line.split(','); return cls(o.strip(), int(b))
    @staticmethod
    def fmt(x): return f'{x:,.2f}'
class Savings(Account):
    interest = 0.05
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == 'wd']) >= 2:
            raise BankError('withdrawal limit', self)
        return super().withdraw(amt)
    def accrue(self): self.balance = round(self.balance * (1 + self.interest), 2); return self
accts = [Account.from_csv('ann, 100'), Savings.from_csv('bob,250'), Account('cy')]
accts[0].deposit(50).withdraw(30)
accts[1].withdraw(10).withdraw(20)
for op in [lambda: accts[1].withdraw(5), lambda: accts[2].withdraw(1), lambda: setattr(accts[2], 'balance', -5)]:
    try: op()
    except InsufficientFunds as e: print('IF', e, e.needed, e.args, e.account)
    except BankError as e: print('BE', e, type(e).__name__, e.account.owner)
    except ValueError as e: print('VE', e)
accts[2].frozen = True
try: accts[2].deposit(1)
except Exception as e: print(repr(e), isinstance(e, BankError), e.account is accts[2])
print(sorted(accts), max(accts).owner, Account.fmt(1234567.891), accts[1].accrue(), Savings.interest, Account.interest, accts[0].interest)
print({a: a.owner for a in accts}[Account.__new__(Account).__class__ and accts[0]], Account._next_id, Savings._next_id)
Savings._next_id = 100; print(Account._next_id, Savings._next_id, vars(Savings).get('_next_id'))
print([a.history for a in accts])
print(InsufficientFunds.__mro__)
try:
    raise InsufficientFunds(accts[0], 5) from KeyError('k')
except BankError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
e = BankError('m', None); e.extra = 1; print(e.args, str(e), repr(e), e.__dict__)
class WithNotes(Exception): pass
try:
    try: raise WithNotes('x')
    except WithNotes as e:
        e.add_note('note 1'); e.add_note('note 2'); raise
except WithNotes as e: print(e.__notes__)
class KW(Exception):
    def __init__(self, *, code): super().__init__(code); self.code = code
print(repr(KW(code=3)), KW(code=4).args)
class NoInit(Exception):
    def __str__(self): return 'custom str'
print(NoInit(1, 2), repr(NoInit(1, 2)), NoInit().args)
class Multi(KeyError): pass
print(str(Multi('k')), str(KeyError('k')), str(Multi('a', 'b')), repr(Multi()))
raise InsufficientFunds(accts[0], 99)
