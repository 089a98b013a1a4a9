"""String building and formatting: f-strings, %-format, str.format, join, slicing."""
rows = []
for i in range(180000):
    name = "item%05d" % i
    price = (i * 37 % 1000) / 10.0
    qty = i % 17
    rows.append(f"{name:<12}|{price:>8.2f}|{qty:>3d}|{'*' * (qty % 5)}")
report = "\n".join(rows)
lines = report.split("\n")
total = 0.0
for line in lines:
    parts = line.split("|")
    total += float(parts[1]) * int(parts[2])
print(len(report), len(lines))
print("{:.2f}".format(total))
words = []
for i in range(120000):
    s = str(i)
    words.append(s[::-1] + "-" + s.upper() + s.zfill(6))
blob = ",".join(words)
print(len(blob), blob.count("-"), blob[1000:1040])
print(sum(len(w.replace("0", "oo")) for w in words))
