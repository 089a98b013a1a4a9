# pprint lays out UserDict, UserList and UserString (and subclasses keeping their repr) by their data.
import pprint, collections
pprint.pprint(collections.UserString('ab cd ' * 20), width=30)
pprint.pprint([collections.UserList([1,2]), collections.UserDict(a=1)], width=10)
pprint.pprint(collections.UserList([]), width=10); pprint.pprint(collections.UserDict(), width=10)
class U(collections.UserList):
    def __repr__(self): return 'U!'
pprint.pprint(U(range(30)), width=20)
class V(collections.UserDict): pass
pprint.pprint(V({i: 'x' * i for i in range(5)}), width=20)
pprint.pprint({'u': collections.UserList(range(12))}, width=20, depth=1)
pprint.pprint({'u': collections.UserList(range(12))}, width=20, depth=2)
pprint.pprint(collections.UserList(range(30)), width=40)
pprint.pprint(collections.UserDict({i: str(i) * 10 for i in range(6)}), width=40)
