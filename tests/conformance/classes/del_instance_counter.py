"""__del__ runs as soon as the last reference goes: instance counters stay exact."""


class Connection:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Connection.open_count += 1

    def __del__(self):
        Connection.open_count -= 1
        print(f"  closing {self.name}")


def status(label):
    return f"{label}: {Connection.open_count} open"


pool = [Connection(f"c{i}") for i in range(3)]
print(status("pool built"))
del pool[0]
print(status("del pool[0]"))
pool.pop()
print(status("pop"))
pool.clear()
print(status("clear"))

registry = {"db": Connection("db"), "cache": Connection("cache")}
registry.pop("db")
print(status("dict pop"))
registry["cache"] = None
print(status("dict overwrite"))


def short_lived():
    conn = Connection("temp")
    return conn.name


print(short_lived(), status("after function"))


def churn(n):
    for i in range(n):
        conn = Connection(f"loop{i}")
    return Connection.open_count


print("inside churn:", churn(3), status("after churn"))

a = Connection("shared")
b = a
del a
print(status("one name left"))
b = Connection("replacement")
print(status("rebound"))


class Holder:
    def __init__(self):
        self.conn = Connection("held")


h = Holder()
h.conn = None
print(status("attribute cleared"))
h2 = Holder()
del h2.conn
print(status("attribute deleted"))
del h, h2
print(status("end"))
