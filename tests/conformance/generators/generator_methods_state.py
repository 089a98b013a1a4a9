def running_stats():
    n, mean, m2 = 0, 0.0, 0.0
    value = yield None
    while True:
        n += 1
        delta = value - mean
        mean += delta / n
        m2 += delta * (value - mean)
        value = yield (n, round(mean, 4), round(m2 / n, 4))
s = running_stats()
next(s)
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    print(s.send(v))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo received", received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print("closed:", e.gi_frame is None)
