# A built-in method assigned as __setattr__ (the AttrDict idiom) handles every attribute
# store, including repeated stores from the same line of code.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


def fill(obj, n):
    for i in range(n):
        obj.last = i
        obj.count = obj.get("count", 0) + 1


a = AttrDict(name="cfg")
a.debug = True
fill(a, 3)
print(a, a.last, a.count, hasattr(a, "__dict__") and a.__dict__)
del a.debug
print(sorted(a))

b = AttrDict()
fill(b, 2)
print(b)


class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def record(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


class Recorder(Tracked):
    __setattr__ = Tracked.record


r = Recorder()
for v in range(2):
    r.x = v
    r.y = v * 2
print(r.x, r.y, r.log)
