class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"close {self.name}: {et.__name__ if et else None} {ev!s}")
        return self.suppress
with Resource("a") as r:
    print("using", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
def f():
    with Resource("in-func"):
        return "returned"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
class Timerish:
    def __enter__(self):
        self.log = ["enter"]
        return self.log
    def __exit__(self, *a):
        self.log.append("exit")
t = Timerish()
with t as log:
    log.append("body")
print(log)
