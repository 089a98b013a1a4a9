# pickle and copy of slices (shared and nested) and of the NotImplemented / Ellipsis
# singletons, under every protocol.
import copy
import pickle

s = slice(1, [2], None)
d = copy.deepcopy(s)
print(d, d is s, d.stop is s.stop, d.stop == s.stop, copy.copy(s) is s)
print(copy.deepcopy([s, s])[0] is not s)
for single in (NotImplemented, ...):
    for proto in range(6):
        data = pickle.dumps(single, proto)
        print(proto, data, pickle.loads(data) is single)
    print(copy.copy(single) is single, copy.deepcopy(single) is single)
shared = slice(1, 5)
items = [shared, shared, slice(None, None, -1), slice("a", ("b",), 2.5)]
for proto in range(6):
    data = pickle.dumps(items, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1], back == items)
print(pickle.loads(pickle.dumps({"k": slice(3)}))["k"].stop)
