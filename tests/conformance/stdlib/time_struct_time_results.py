import time, pickle, copy
t = time.localtime(1700000000); g = time.gmtime(0)
print(t, g, t.tm_zone, t.tm_gmtoff, g.tm_zone, len(t), t[:3], type(t).__name__)
print(pickle.loads(pickle.dumps(t)) == t, copy.copy(g), time.strftime("%Z %z", t), time.mktime(t))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), repr(time.struct_time(tuple(range(9)))))
