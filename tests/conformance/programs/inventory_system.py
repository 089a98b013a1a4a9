class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty, self.tags = sku, name, price, qty, set(tags)
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.log.append(("restock", sku, n))
    def sell(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            self.log.append(("backorder", sku, n - item.qty))
            n = item.qty
        item.qty -= n
        self.log.append(("sell", sku, n))
        return n * item.price
    def low_stock(self, threshold=5):
        return sorted(s for s, i in self.items.items() if i.qty < threshold)
    def by_tag(self, tag):
        return sorted(i.name for i in self.items.values() if tag in i.tags)
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for i in sorted(self.items.values(), key=lambda i: -i.value()):
            lines.append(f"{i.sku:<6}{i.name:<14}{i.qty:>5}{i.price:>9.2f}{i.value():>10.2f}")
        lines.append(f"{'':<25}{'total':>9}{sum(i.value() for i in self.items.values()):>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "hammer", 12.5, 10, ["tools"]), ("A2", "nails (100)", 3.25, 200, ["tools", "bulk"]),
             ("B1", "paint", 20.0, 3, ["paint"]), ("B2", "brush", 4.75, 0, ["paint", "tools"])]:
    inv.add(Item(*args))
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
revenue = inv.sell("A1", 4) + inv.sell("B1", 5) + inv.sell("A2", 150)
inv.restock("B2", 12)
print("revenue", revenue)
print(inv.report())
print(inv.low_stock(), inv.by_tag("tools"), inv.by_tag("paint"))
print(inv.log)
