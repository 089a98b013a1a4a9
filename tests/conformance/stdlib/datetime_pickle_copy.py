# datetime objects through pickle (every protocol), copy and deepcopy: timezone and user
# tzinfo reduction, fold kept only where CPython keeps it.
import datetime, copy, pickle
from datetime import *
class Z(tzinfo):
    def __init__(self, n=0): self.n = n
    def utcoffset(self, dt): return timedelta(hours=self.n)
class G(tzinfo):
    def __getinitargs__(self): return (1,)
    def __init__(self, a): self.a = a
print(timezone.utc.__reduce__(), timezone(timedelta(hours=1), "X").__reduce__())
print(Z(3).__reduce__(), tzinfo().__reduce__(), G(1).__reduce__())
print(Z().__reduce_ex__(2)[:2], timezone.utc.__reduce_ex__(2))
print(timedelta(1).__reduce__(), date(2020,1,2).__reduce__()[0], time(1, fold=1).__reduce_ex__(4)[0])
print(copy.copy(datetime(2020,1,1,1,fold=1)).fold, copy.deepcopy(time(1, fold=1)).fold, pickle.loads(pickle.dumps(datetime(2020,1,1,fold=1), 4)).fold, pickle.loads(pickle.dumps(datetime(2020,1,1,fold=1), 2)).fold)
d = datetime(2024, 1, 2, 3, tzinfo=Z(5))
for p in range(6):
    r = pickle.loads(pickle.dumps(d, p))
    print(p, r, r.tzinfo.n, r == d)
    r = pickle.loads(pickle.dumps(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-2), "W")), p))
    print(r, r.tzname(), r.tzinfo is not None)
    print(pickle.loads(pickle.dumps(timezone.utc, p)) is timezone.utc)
c = copy.deepcopy(d)
print(c, c.tzinfo is not d.tzinfo, c.tzinfo.n)
print(copy.deepcopy(timezone(timedelta(hours=1))), copy.copy(timezone.utc) is timezone.utc)
print(copy.deepcopy(time(4, 5, tzinfo=timezone.utc)))
