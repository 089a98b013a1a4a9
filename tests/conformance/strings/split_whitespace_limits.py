# split()/rsplit() on whitespace with a maxsplit: which characters count as
# whitespace (ASCII separators 0x1c-0x1f, vertical tab, form feed, ideographic
# space) and what the remainder keeps.

samples = ["", " ", "a", " a b  c  ", "\x1c a\x1fb\x0bc\x0c", "a\u3000b", "  x  ", "a\tb\nc\rd",
           "word " * 5, " lead and trail ", "\x85nel\xa0nbsp"]
for s in samples:
    for n in (-1, 0, 1, 2, 5):
        print(repr(s), n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n))
    if s.isascii():
        print("  bytes:", s.encode().split(None, 1), s.encode().rsplit(maxsplit=1))
total = 0
for i in range(2000):
    line = f"  {i} {i * 2}\t{i % 7}  name{i}  "
    fields = line.split()
    total += int(fields[0]) + int(fields[2]) + len(fields[3])
print(total)
