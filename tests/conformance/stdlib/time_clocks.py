# time: the clocks' types, units and monotonicity (no time is ever printed), and sleep().
import time

t = time.time()
ns = time.time_ns()
print(type(t).__name__, type(ns).__name__, abs(ns / 1e9 - t) < 5, t > 1.6e9)

for name in ["monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a = f()
    a_ns = f_ns()
    readings = [f() for _ in range(200)]
    print(name, type(a).__name__, type(a_ns).__name__,
          all(x <= y for x, y in zip(readings, readings[1:])), a <= readings[0],
          abs(a_ns / 1e9 - a) < 5)

m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
time.sleep(0)
m1 = time.monotonic()
p1 = time.perf_counter()
print("slept", m1 - m0 >= 0.019, p1 - p0 >= 0.019, m1 - m0 < 5)
time.sleep(False)
print("sleep(0.001) returns", time.sleep(0.001))

c0 = time.process_time()
x = 0
for i in range(200000):
    x += i * i
c1 = time.process_time()
print("cpu time advances", c1 >= c0, x)

for bad in [-1, -0.5, float("nan"), "1", None, [1]]:
    try:
        time.sleep(bad)
        print("slept", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ["time", "time_ns", "monotonic", "perf_counter", "process_time"]:
    try:
        getattr(time, name)(1)
    except TypeError as e:
        print("TypeError", e)
