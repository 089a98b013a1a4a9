"""Sequence repetition by __index__ objects, negative __len__ in truth tests, dict |= pairs,
ImportError keywords and exec()/eval() argument errors."""


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Broken:
    def __len__(self):
        return -1


three = Count(3)
print("ab" * three, three * [0], (1,) * three, b"x" * three, three * "z", "q" * Count(-2) + "|")

settings = {"debug": False}
settings |= [("debug", True), ("level", 2)]
settings |= {"name": "app"}.items()
print(settings)

checks = [
    lambda: bool(Broken()),
    lambda: "yes" if Broken() else "no",
    lambda: "ab" * object(),
    lambda: exec(5),
    lambda: eval(["1"]),
    lambda: ImportError("no plugin", name="plugins.csv", path="/opt/plugins").name,
    lambda: ImportError("no plugin", name="plugins.csv").path,
    lambda: ModuleNotFoundError("gone", name="gone").name,
    lambda: ImportError("x", colour="red"),
]
for check in checks:
    try:
        print("ok:", check())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

for bad in (5, [1], [("k", 1, 2)]):
    try:
        settings |= bad
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
