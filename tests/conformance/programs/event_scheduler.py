class Heap:
    def __init__(self): self.a = []
    def push(self, x):
        a = self.a; a.append(x); i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]; i = (i - 1) // 2
    def pop(self):
        a = self.a; top = a[0]; last = a.pop()
        if a:
            a[0] = last; i = 0
            while True:
                l, s = 2 * i + 1, i
                if l < len(a) and a[l] < a[s]: s = l
                if l + 1 < len(a) and a[l + 1] < a[s]: s = l + 1
                if s == i: break
                a[i], a[s] = a[s], a[i]; i = s
        return top
    def __len__(self): return len(self.a)
class Simulation:
    def __init__(self):
        self.queue, self.now, self.seq = Heap(), 0, 0
        self.log = []
    def at(self, t, name, action):
        self.seq += 1
        self.queue.push((t, self.seq, name, action))
    def run(self, until):
        while self.queue and self.queue.a[0][0] <= until:
            t, _, name, action = self.queue.pop()
            self.now = t
            self.log.append(f"t={t:>3} {name}")
            action(self)
sim = Simulation()
served = []
def arrival(i):
    def act(s):
        s.at(s.now + 3 + i % 4, f"depart {i}", lambda s: served.append(i))
        if i < 6:
            s.at(s.now + 2, f"arrive {i + 1}", arrival(i + 1))
    return act
sim.at(0, "arrive 0", arrival(0))
def tick(s):
    if s.now < 15:
        s.at(s.now + 5, "tick", tick)
sim.at(5, "tick", tick)
sim.run(20)
print("\n".join(sim.log))
print(served, sim.now, len(sim.queue))
h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8]: h.push(x)
print([h.pop() for _ in range(len(h))])
