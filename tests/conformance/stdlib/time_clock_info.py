# time: which clock each function reads (get_clock_info), clock_gettime and the CLOCK_*
# constants, thread_time; only types and orderings are printed, never a reading.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ["nope", 3]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
      time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(type(a).__name__, b >= a)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(time.clock_getres(time.CLOCK_MONOTONIC) <= 0.001)
t0 = time.thread_time()
sum(i * i for i in range(20000))
print(type(t0).__name__, time.thread_time() >= t0, type(time.thread_time_ns()).__name__)
