from enum import Enum, IntEnum, Flag, auto
import random

class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"
    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W

l = Light.RED
for _ in range(4):
    print(l, l.name, l.value, end=" | ")
    l = l.next()
print()
print(Light("green"), Light["YELLOW"], Light.RED == "red", Light.RED is Light("red"))
try:
    Light("blue")
except ValueError as e:
    print(e)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MEDIUM))
print(Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, Perm(5), ~Perm.R, bool(Perm(0)))
print([m.name for m in Perm], Perm.RW.value, repr(Perm.X), format(Priority.LOW), f"{Light.RED}")

class ParkingLot:
    class Full(Exception): pass
    def __init__(self, sizes):
        self.free = {k: list(range(v)) for k, v in sizes.items()}
        self.parked = {}
        self.revenue = 0
    def park(self, plate, kind, t):
        order = {"moto": ["moto", "car", "truck"], "car": ["car", "truck"], "truck": ["truck"]}[kind]
        for k in order:
            if self.free[k]:
                spot = self.free[k].pop(0)
                self.parked[plate] = (k, spot, t)
                return k, spot
        raise ParkingLot.Full(f"no room for {kind} {plate}")
    def leave(self, plate, t):
        k, spot, t0 = self.parked.pop(plate)
        self.free[k].append(spot); self.free[k].sort()
        hours = max(1, -(-(t - t0) // 60))
        fee = hours * {"moto": 1, "car": 2, "truck": 5}[k]
        self.revenue += fee
        return fee
    def __str__(self):
        return " ".join(f"{k}:{len(v)}" for k, v in self.free.items())

rng = random.Random(42)
lot = ParkingLot({"moto": 2, "car": 3, "truck": 1})
t = 0
plates = []
for i in range(15):
    t += rng.randint(5, 40)
    if plates and rng.random() < 0.4:
        p = plates.pop(rng.randrange(len(plates)))
        print(f"t={t:4d} {p} leaves pays {lot.leave(p, t)}")
    else:
        kind = rng.choice(["moto", "car", "car", "truck"])
        plate = f"{kind[0].upper()}{i:03d}"
        try:
            print(f"t={t:4d} {plate} parks at {lot.park(plate, kind, t)}")
            plates.append(plate)
        except ParkingLot.Full as e:
            print(f"t={t:4d} FULL: {e}")
    print("     ", lot)
print("revenue", lot.revenue)
print(rng.sample(range(100), 5), rng.uniform(1, 2), rng.gauss(0, 1), rng.choices("abc", weights=[1, 0, 5], k=6))
xs = list(range(10)); rng.shuffle(xs); print(xs, rng.getrandbits(20), rng.randrange(0, 100, 7))

class VendingMachine:
    STATES = ("idle", "has_money", "dispensing")
    def __init__(self):
        self.state = "idle"; self.credit = 0
        self.stock = {"cola": [150, 2], "chips": [100, 0], "candy": [65, 5]}
    def handle(self, event, *args):
        meth = getattr(self, f"on_{self.state}_{event}", None)
        if meth is None:
            return f"ignored {event} in {self.state}"
        return meth(*args)
    def on_idle_coin(self, c):
        self.credit += c; self.state = "has_money"; return f"credit {self.credit}"
    on_has_money_coin = on_idle_coin
    def on_has_money_select(self, item):
        price, n = self.stock.get(item, (None, 0))
        if price is None: return f"unknown {item}"
        if n == 0: return f"{item} sold out"
        if self.credit < price: return f"need {price - self.credit} more"
        self.stock[item][1] -= 1
        change, self.credit, self.state = self.credit - price, 0, "idle"
        return f"vend {item}, change {change}"
    def on_has_money_refund(self):
        c, self.credit, self.state = self.credit, 0, "idle"
        return f"refund {c}"
vm = VendingMachine()
for ev in [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "chips"), ("select", "cola"), ("refund",), ("coin", 5), ("refund",), ("select", "x")]:
    print(ev, "->", vm.handle(*ev))
