class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, handler=None, *, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register(handler) if handler else register
    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, fn in sorted(self.handlers.get(event, []), key=lambda t: (-t[0], t[1])):
            r = fn(*args, **kwargs)
            results.append(r)
            if r == "stop":
                break
        return results
bus = EventBus()
@bus.on("save")
def log_save(name, **kw):
    return f"log: saved {name} {sorted(kw.items())}"
@bus.on("save", priority=10)
def validate(name, **kw):
    return "stop" if not name else f"valid {name}"
bus.on("save", lambda name, **kw: f"lambda saw {name}", priority=5)
print(bus.emit("save", "report.txt", size=10))
print(bus.emit("save", ""))
print(bus.emit("missing"))
counter = {"n": 0}
def make_incrementer(step):
    def inc(*_):
        counter["n"] += step
        return counter["n"]
    return inc
for s in (1, 10, 100):
    bus.on("tick", make_incrementer(s))
print(bus.emit("tick"), bus.emit("tick"), counter)
