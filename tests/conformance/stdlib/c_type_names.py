# Types CPython implements in C are named with their module in error messages.
from collections import deque, defaultdict, OrderedDict, Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
import re, io, functools, itertools
tests = [lambda: deque() + 1, lambda: date(2020, 1, 1) + 1, lambda: Decimal(1) + 1.5, lambda: timedelta(1) * "x",
         lambda: re.compile("a") + 1, lambda: io.StringIO() + 1, lambda: functools.partial(int) + 1, lambda: itertools.count() + 1, lambda: len(itertools.count()),
         lambda: defaultdict(int) + 1, lambda: Counter() + 1, lambda: datetime.now() < 5, lambda: hash(deque()), lambda: deque()[{}]]
for t in tests:
    try: t()
    except Exception as e: print(type(e).__name__, e)
print(type(deque()).__name__, repr(deque), Decimal.__name__, repr(Decimal), date.__qualname__)
import collections, decimal, datetime, io, itertools, re
for obj in [collections.deque(), decimal.Decimal(1), datetime.date(2020,1,1), io.StringIO(), itertools.count(), re.compile("x"), collections.OrderedDict(), collections.Counter()]:
    try:
        obj.nope
    except AttributeError as e:
        print(e)
    try:
        obj.nope = 1
    except AttributeError as e:
        print(e)
