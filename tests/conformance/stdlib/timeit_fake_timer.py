# timeit with a fake clock driven by the timed code, so results are exact: Timer with string
# and callable stmt/setup, globals, timeit/repeat/autorange, and the argument errors.
import timeit

ticks = [0]


def clock():
    return ticks[0] / 1000


def work():
    ticks[0] += 1


t = timeit.Timer(work, timer=clock)
print(t.timeit(0), t.timeit(1), t.timeit(250), t.repeat(3, 10))
seen = []
print(t.autorange(lambda n, e: seen.append((n, round(e, 6)))))
print(seen)
print(t.autorange())
env = {"work": work, "ticks": ticks}
t = timeit.Timer("work(); work()", setup="ticks[0] += 500", timer=clock, globals=env)
print(t.timeit(3), t.repeat(2, 1))
print(timeit.timeit("ticks[0] += 2", timer=clock, number=5, globals=env))
print(timeit.repeat(stmt=work, setup=lambda: print("setup ran"), timer=clock, repeat=2,
                    number=4))
ns = {"ticks": ticks}
t = timeit.Timer("x = 7\nticks[0] += x", "y = 1", timer=clock, globals=ns)
print(t.timeit(2), "x" in ns)
t = timeit.Timer("# just a comment", timer=clock)
print(t.timeit(10))
t = timeit.Timer("for k in range(3):\n    ticks[0] += k", timer=clock, globals=ns)
print(t.timeit(1))
t = timeit.Timer("_i", timer=clock)
print(t.timeit(3))
for kwargs in ({"stmt": 5}, {"setup": 3.5}, {"stmt": "1 +"}, {"setup": "def"},
               {"stmt": "return 1"}, {"stmt": "yield"}):
    try:
        timeit.Timer(**kwargs)
        print("accepted", kwargs)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0] if isinstance(e, SyntaxError) else e)
try:
    timeit.Timer("undefined_name", timer=clock).timeit(1)
except NameError as e:
    print("NameError", e)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(sorted(timeit.__all__), callable(timeit.default_timer))
