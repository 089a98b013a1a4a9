from collections import defaultdict
from functools import partial, wraps
import weakref

class Event:
    def __init__(self, event_name, **payload):
        self.name = event_name
        self.payload = payload
        self.cancelled = False
    def cancel(self):
        self.cancelled = True
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.payload.items()))
        return f"Event({self.name!r}{', ' if items else ''}{items})"

class Bus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.history = []
    def on(self, name, priority=0):
        def register(fn):
            self._handlers[name].append((priority, len(self._handlers[name]), fn))
            self._handlers[name].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def emit(self, event_name, **payload):
        ev = Event(event_name, **payload)
        self.history.append(ev)
        results = []
        for prio, _, fn in list(self._handlers.get(event_name, ())):
            if ev.cancelled:
                results.append(("cancelled-before", getattr(fn, "__name__", repr(fn))))
                break
            try:
                results.append(fn(ev))
            except Exception as exc:
                results.append(f"{type(exc).__name__}: {exc}")
        return results

bus = Bus()
@bus.on("save", priority=10)
def validate(ev):
    if not ev.payload.get("name"):
        ev.cancel()
        return "invalid"
    return "valid"
@bus.on("save")
def persist(ev):
    return f"saved {ev.payload['name']}"
@bus.on("save", priority=5)
def audit(ev):
    raise PermissionError(f"audit failed for {ev.payload.get('name')}")
class Listener:
    def __init__(self, tag): self.tag = tag; self.seen = []
    def __call__(self, ev):
        self.seen.append(ev.name)
        return f"{self.tag} saw {ev.name}"
l = Listener("L1")
bus.on("save", priority=1)(l)
bus.on("load")(partial(lambda prefix, ev: f"{prefix}:{ev.payload}", "loaded"))
print(bus.emit("save", name="doc1"))
print(bus.emit("save", name=""))
print(bus.emit("load", id=3))
print(bus.emit("nothing"))
print(bus.history, l.seen)
print({k: [t[2].__name__ if hasattr(t[2], "__name__") else type(t[2]).__name__ for t in v] for k, v in bus._handlers.items()})

class Observable:
    def __init__(self):
        self._observers = []
    def subscribe(self, cb):
        self._observers.append(cb)
        return lambda: self._observers.remove(cb)
    def notify(self, *args):
        return [cb(*args) for cb in self._observers]
class Temperature(Observable):
    def __init__(self):
        super().__init__()
        self._c = 0.0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        old, self._c = self._c, v
        self.notify("celsius", old, v)
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temperature()
log = []
unsub = t.subscribe(lambda *a: log.append(a))
t.subscribe(lambda name, old, new: print(f"{name}: {old:.1f} -> {new:.1f} ({t.fahrenheit:.1f}F)"))
t.celsius = 21.5
unsub()
t.celsius = -40
print(log, t.fahrenheit)
