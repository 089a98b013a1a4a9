# An uncaught AttributeError ends with CPython's "Did you mean" hint (from dir(obj));
# str(exc) and the traceback module (3.11) never include it.
import traceback


class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self


inv = Inventory().add("apple", 3).add("pear", 2)
print(sorted(inv.items.items()), inv.capacity)
for expr in ["inv.capacty", "inv.item", "inv.Add", "[].apend", "'x'.uper", "inv.zzzzzz"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e, "|", traceback.format_exception_only(type(e), e)[-1].rstrip())
        print(e.name, type(e.obj).__name__)
e = AttributeError("plain")
print(e.name, e.obj, NameError("n").name)
print(len(inv.itmes))
