import sys, json, os, io, csv, statistics
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from operator import attrgetter

@dataclass(order=True)
class Txn:
    day: date
    account: str
    amount: float
    category: str = "misc"
    tags: list = field(default_factory=list, compare=False)

raw = [
  {"day": "2024-01-03", "account": "chk", "amount": -45.10, "category": "food", "tags": ["grocery"]},
  {"day": "2024-01-03", "account": "chk", "amount": 2500, "category": "salary"},
  {"day": "2024-01-07", "account": "cc", "amount": -120.0, "category": "travel", "tags": ["train", "work"]},
  {"day": "2024-01-15", "account": "cc", "amount": -9.99, "category": "subs"},
  {"day": "2024-02-01", "account": "chk", "amount": -800, "category": "rent"},
  {"day": "2024-02-03", "account": "sav", "amount": 300},
  {"day": "2024-02-14", "account": "cc", "amount": -64.25, "category": "food", "tags": ["dinner"]},
  {"day": "2024-02-29", "account": "chk", "amount": -12.5, "category": "food"},
  {"day": "2024-03-01", "account": "chk", "amount": 2500, "category": "salary"},
]
path = os.path.join(sys.argv[1], "txns.json")
with open(path, "w", encoding="utf-8") as fh:
    json.dump(raw, fh)
with open(path, encoding="utf-8") as fh:
    loaded = json.load(fh, object_hook=lambda d: {**d, "day": date.fromisoformat(d["day"])} if "day" in d else d)
txns = sorted(Txn(**r) for r in loaded)
print(txns[0])
print(f"{'Month':<8}|{'In':>10}|{'Out':>10}|{'Net':>10}")
print("-" * 41)
for month, grp in groupby(txns, key=lambda t: t.day.strftime("%Y-%m")):
    grp = list(grp)
    inc = sum(t.amount for t in grp if t.amount > 0)
    out = sum(-t.amount for t in grp if t.amount < 0)
    print(f"{month:<8}|{inc:>10,.2f}|{out:>10,.2f}|{inc - out:>+10.2f}")
by_cat = defaultdict(list)
for t in txns:
    by_cat[t.category].append(t.amount)
for cat in sorted(by_cat, key=lambda c: (sum(by_cat[c]), c)):
    vals = by_cat[cat]
    print(f"{cat:>8}: n={len(vals)} sum={sum(vals):9.2f} mean={statistics.mean(vals):9.3f} med={statistics.median(vals):8.2f}")
tags = Counter(tag for t in txns for tag in t.tags)
print(tags.most_common(), sorted(tags))
balances = defaultdict(float)
running = []
for t in txns:
    balances[t.account] += t.amount
    running.append(round(sum(balances.values()), 2))
print(dict(balances), running)
gaps = [(b.day - a.day).days for a, b in zip(txns, txns[1:])]
print(gaps, max(gaps), statistics.pstdev(gaps))
weekday_names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print(Counter(weekday_names[t.day.weekday()] for t in txns))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["day", "account", "amount", "category", "tags"], lineterminator="\n")
w.writeheader()
for t in txns:
    w.writerow({**t.__dict__, "tags": ";".join(t.tags)})
print(out.getvalue())
print(max(txns, key=attrgetter("amount")), min(txns, key=lambda t: (t.amount, t.account)).category)
print(json.dumps({k: round(v, 2) for k, v in balances.items()}, indent=1, sort_keys=True))
def week_of(d): return d - timedelta(days=d.weekday())
print(sorted({week_of(t.day).isoformat() for t in txns}))
print("%-6s %8.1f%%" % ("food", 100 * sum(-a for a in by_cat["food"]) / sum(-t.amount for t in txns if t.amount < 0)))
print(statistics.quantiles([t.amount for t in txns], n=4), statistics.mode([t.account for t in txns]))
