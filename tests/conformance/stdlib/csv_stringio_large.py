# A data-processing round trip through in-memory text: tens of thousands of CSV rows with
# non-ASCII names written to a StringIO, read back line by line, and summarised. Appending
# writes and line-by-line reads must stay linear in the size of the buffer.
import csv
import io
from collections import defaultdict

cities = ["Zürich", "São Paulo", "Kraków", "Reykjavík", "Malmö", "Besançon", "Łódź", "Oslo"]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "city", "amount", "note"])
for i in range(20000):
    note = 'said "hi", left' if i % 997 == 0 else ""
    w.writerow([i, cities[i % len(cities)], f"{(i * 37) % 1000 / 8:.3f}", note])
text = buf.getvalue()
print(len(text), text.count("\n"), buf.tell() == len(text))

totals = defaultdict(float)
counts = defaultdict(int)
quoted = 0
src = io.StringIO(text)
for row in csv.DictReader(src):
    totals[row["city"]] += float(row["amount"])
    counts[row["city"]] += 1
    if row["note"]:
        quoted += 1
for city in sorted(totals):
    print(f"{city:<10} {counts[city]:>6} {totals[city]:>14,.3f}")
print("quoted notes:", quoted)

lines = io.StringIO(text)
first = lines.readline()
second = lines.readline()
lines.seek(0)
print(repr(first), repr(second), repr(lines.readline(5)), repr(lines.readline()))
print(sum(1 for _ in io.StringIO(text)), len(io.StringIO(text).readlines()))

log = io.StringIO()
for i in range(15000):
    log.write(f"{i:05d} ✓\n")
log.seek(0)
print(log.readline(), end="")
log.seek(0, 2)
log.write("end")
print(log.getvalue()[-12:], log.tell())
