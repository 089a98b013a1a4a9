# A CSV sales file summarised into JSON and TSV, and a JSON-lines file with a bad record.
import csv, sys, os, json, io
base = sys.argv[1]
src = os.path.join(base, "sales.csv")
rows = [["region", "product", "units", "price"], ["north", "widget", "10", "2.50"], ["south", "gadget", "3", "10.00"],
        ["north", "gadget", "7", "10.00"], ["east", 'thing, "quoted"', "1", "99.99"], ["south", "widget", "", "2.50"]]
with open(src, "w", newline="") as f:
    w = csv.writer(f)
    w.writerows(rows)
print(repr(open(src).read()))
totals = {}
bad = []
with open(src, newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        try:
            amt = int(row["units"]) * float(row["price"])
        except ValueError as e:
            bad.append((reader.line_num, str(e)))
            continue
        totals[row["region"]] = totals.get(row["region"], 0) + amt
print(totals, bad)
out = os.path.join(base, "summary.json")
with open(out, "w") as f:
    json.dump({"totals": totals, "bad": bad}, f, indent=2, sort_keys=True)
with open(out) as f:
    data = json.load(f)
print(data)
print(open(out).read())
tsv = os.path.join(base, "out.tsv")
with open(tsv, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["region", "total"], delimiter="\t", quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    for k in sorted(totals):
        w.writerow({"region": k, "total": round(totals[k], 2)})
print(open(tsv).read())
with open(tsv) as f:
    for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC):
        print(r)
jl = os.path.join(base, "events.jsonl")
with open(jl, "w") as f:
    for i in range(4):
        f.write(json.dumps({"id": i, "tags": ["a"] * i, "ok": i % 2 == 0}) + "\n")
    f.write("{bad json\n")
with open(jl) as f:
    for n, line in enumerate(f, 1):
        try:
            obj = json.loads(line)
            print(n, obj["id"], obj["tags"], obj["ok"])
        except json.JSONDecodeError as e:
            print(n, "error:", e)
