# threading: default thread names (with the target's name), explicit names, daemon
# inheritance, Timer run and cancel, and pickle's long encoding round trips.
import pickle
import threading

def work(out, n):
    out.append(n * n)

class CallableObj:
    def __call__(self, out):
        out.append("obj")

out = []
threads = [threading.Thread(target=work, args=(out, 3)),
           threading.Thread(target=lambda: out.append("lam")),
           threading.Thread(target=CallableObj(), args=(out,)),
           threading.Thread(),
           threading.Thread(name="custom", target=work, args=(out, 4)),
           threading.Thread(name=123, target=work, kwargs={"out": out, "n": 5}),
           threading.Thread(name="", target=work, args=(out, 6))]
base = None
for t in threads:
    name = t.name
    # Number the default names relative to the first one, so the output is stable.
    if name.startswith("Thread-"):
        num, _, rest = name[7:].partition(" ")
        base = int(num) if base is None else base
        name = "Thread-<%d>%s" % (int(num) - base, " " + rest if rest else "")
    print(repr(name), t.daemon, t.is_alive(), t.ident is None)
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, out)))

d = threading.Thread(target=work, args=(out, 1), daemon=True)
print(d.daemon)
d.start(); d.join()

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start(); timer.join()
print(fired, timer.finished.is_set(), timer.interval)
cancelled = threading.Timer(5, fired.append, kwargs={"x": 1})
cancelled.start(); cancelled.cancel(); cancelled.join()
print(fired, cancelled.finished.is_set(), cancelled.args, cancelled.kwargs)
t2 = threading.Timer(0, fired.append, ["zero"])
t2.run()
print(fired)

for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, -32768, -32769, 2**63, -2**63,
          2**64 - 1, -(2**64), 10**40, -(10**40)]:
    enc = pickle.encode_long(v)
    print(v, enc.hex(), pickle.decode_long(enc) == v, pickle.loads(pickle.dumps(v, 2)) == v)
