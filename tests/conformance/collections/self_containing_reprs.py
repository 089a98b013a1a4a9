# Containers that hold themselves print "..." instead of recursing forever.
from collections import ChainMap, OrderedDict, defaultdict, deque

od = OrderedDict()
od['me'] = od
od['n'] = 1
print(od)
print(repr(OrderedDict()))

cm = ChainMap({'a': 1})
cm['self'] = cm
print(cm)

dd = defaultdict(list)
dd['me'] = dd
print(dd)

dq = deque([1])
dq.append(dq)
print(dq)

# Two ordered dicts that refer to each other.
a = OrderedDict(name='a')
b = OrderedDict(name='b', peer=a)
a['peer'] = b
print(a)
print(b)

# The guard is released after each repr, so the same object prints fully again.
print(repr(od) == repr(od), str(od))
nested = OrderedDict(inner=OrderedDict(x=1))
print(nested, [nested, nested])
