import json
from collections import OrderedDict, namedtuple, ChainMap, Counter, defaultdict
from datetime import date, datetime, timedelta
import csv, io

Item = namedtuple("Item", "sku name qty price", defaults=(0, 0.0))

CSV = '''sku,name,qty,price,added
A100,Widget,10,2.50,2024-01-15
B200,"Gadget, large",3,19.99,2024-02-01
C300,Gizmo,0,7.25,2023-12-31
D400,"Doohickey ""deluxe""",22,0.99,2024-03-10
'''

class Inventory:
    def __init__(self):
        self.items = OrderedDict()
        self.log = []
    def load(self, text):
        for row in csv.DictReader(io.StringIO(text)):
            it = Item(row["sku"], row["name"], int(row["qty"]), float(row["price"]))
            self.items[it.sku] = (it, date.fromisoformat(row["added"]))
        return self
    def __len__(self):
        return len(self.items)
    def __contains__(self, sku):
        return sku in self.items
    def __getitem__(self, sku):
        try:
            return self.items[sku][0]
        except KeyError:
            raise KeyError(f"no such sku: {sku}") from None
    def __iter__(self):
        return (it for it, _ in self.items.values())
    def restock(self, sku, n):
        it = self[sku]
        self.items[sku] = (it._replace(qty=it.qty + n), self.items[sku][1])
        self.log.append(("restock", sku, n))
    def value(self):
        return sum(i.qty * i.price for i in self)

inv = Inventory().load(CSV)
print(len(inv), "B200" in inv, "Z" in inv)
for it in inv:
    print(it, it._asdict())
inv.restock("C300", 5)
print(inv["C300"], f"{inv.value():.2f}")
try:
    inv["Q"]
except KeyError as e:
    print(repr(e), e.args)
inv.items.move_to_end("A100")
print(list(inv.items))
inv.items.move_to_end("D400", last=False)
print(list(inv.items), inv.items.popitem(last=False)[0])
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["sku", "name", "qty"])
for it in inv:
    w.writerow([it.sku, it.name, it.qty])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["sku", "price"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerows({"sku": i.sku, "price": i.price, "x": 1} for i in inv)
print(out2.getvalue())
data = {"items": [it._asdict() for it in inv], "when": str(date(2024, 5, 1)), "n": None, "ok": True, "ratio": 1/3}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.dumps(data, separators=(",", ":"))[:80])
back = json.loads(s)
print(back == json.loads(json.dumps(data)), type(back["items"][0]["qty"]))
print(json.dumps({"uni": "caf\u00e9 \u2603", "tab": "a\tb"}), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps([1.0, 1e100, float("inf"), -0.0]), json.loads("[1e3, 2.50, -0, 1E-2]"))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("bad json:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], dict(cm) == {"color": "red", "size": "L"}, len(cm))
dd = defaultdict(lambda: defaultdict(int))
for sku, name, q, p in inv:
    dd[name[0]][sku] += q
print({k: dict(v) for k, v in dd.items()})
d0 = datetime(2024, 2, 28, 22, 30)
for h in (0, 2, 26, 24 * 366):
    t = d0 + timedelta(hours=h)
    print(t, t.strftime("%a %d %b %Y %I:%M %p"), t.isoformat(), t.weekday(), t.isocalendar()[1])
print(date(2024, 3, 1) - date(2023, 3, 1), timedelta(days=1, seconds=3661), timedelta(seconds=-1), timedelta(minutes=90) / timedelta(hours=1))
print(datetime.strptime("2024-07-04 13:05:09", "%Y-%m-%d %H:%M:%S").strftime("%j %U %B %A %y"))
print(repr(date(2024, 1, 1)), repr(timedelta(days=2, hours=3)), date(2024, 1, 31).replace(day=15))
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c - Counter("ssi"), c & Counter("ppx"), +c)
print(Item._fields, Item("X", "y"), Item._make(["a", "b", 1, 2.0]))
