class Elevator:
    def __init__(self, floors):
        self.floors, self.floor, self.direction = floors, 0, 0
        self.stops, self.log, self.moved = set(), [], 0
    def call(self, f):
        if not 0 <= f < self.floors:
            raise ValueError(f"no floor {f}")
        self.stops.add(f)
    def step(self):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"open at {self.floor}")
            return
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda s: (abs(s - self.floor), s))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [s for s in self.stops if (s - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1
e = Elevator(10)
requests = {0: [5, 2], 3: [8], 4: [1], 9: [0, 9], 15: [4]}
for t in range(40):
    for f in requests.get(t, []):
        e.call(f)
        e.log.append(f"t={t} call {f}")
    e.step()
print("\n".join(e.log))
print("final floor", e.floor, "moved", e.moved, "pending", sorted(e.stops))
try:
    e.call(12)
except ValueError as err:
    print("ValueError:", err)
