# Barrier: every party waits until all have arrived, phase by phase.
import threading

N = 3
phases = []
b = threading.Barrier(N, action=lambda: phases.append("all arrived"))
log = []


def worker(i):
    for phase in range(3):
        log.append((phase, i))
        idx = b.wait()
        assert 0 <= idx < N


ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# Within one phase the order may vary, but phases never mix.
print([p for p, _ in log])
print(phases)
print(b.parties, b.n_waiting, b.broken)

# A barrier whose wait times out is broken for everyone.
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset", b2.broken)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("aborted", type(e).__name__, isinstance(e, RuntimeError))
