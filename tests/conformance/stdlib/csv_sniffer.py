# Guessing the dialect of CSV samples with csv.Sniffer, then reading them with it.
import csv
import io

SAMPLES = {
    "quoted commas": 'name,age,city\n"Smith, John",42,"New\nYork"\nAnn,7,Paris\n',
    "semicolons": "a;b;c\n1;2;3\n4;5;6\n",
    "pipes": "id|label|score\n1|alpha|0.5\n2|beta|0.75\n3|gamma|1.0\n",
    "tabs": "x\ty\tz\n1\t2\t3\n",
    "single quotes, spaced": "'a', 'b'\n'c', 'd'\n",
    "doubled quotes": 'title,note\n"He said ""hi""",ok\n"plain",x\n',
    "colons": "k:v:w\n1:2:3\n4:5:6\n7:8:9\n",
    "spaces": "alpha beta gamma\n1 2 3\n4 5 6\n",
}

sniffer = csv.Sniffer()
print("preferred:", sniffer.preferred)
for label, sample in SAMPLES.items():
    try:
        d = sniffer.sniff(sample)
    except csv.Error as e:
        print(f"{label:24} error: {e}")
        continue
    print(f"{label:24} delimiter={d.delimiter!r} quotechar={d.quotechar!r} "
          f"doublequote={d.doublequote} skipinitialspace={d.skipinitialspace} "
          f"lineterminator={d.lineterminator!r} quoting={d.quoting}")
    rows = list(csv.reader(io.StringIO(sample), d))
    print(" " * 24, rows)
    print(" " * 24, "header:", sniffer.has_header(sample))

# Restricting the candidate delimiters.
print(sniffer.sniff("a|b,c\n1|2,3\n", delimiters="|").delimiter)
print(sniffer.sniff("a|b,c\n1|2,3\n", delimiters=",").delimiter)

# Header detection compares the first row's types and lengths with the rest.
print(sniffer.has_header("a,b\n1,2\n3,4\n"), sniffer.has_header("1,2\n3,4\n5,6\n"))
print(sniffer.has_header("name,qty\nbolt,10\nnut,200\nwasher,3\n"))
print(sniffer.has_header("ab,cd\nxy,zw\nqr,st\n"))

for bad in ["", "abc\ndef\n", "x"]:
    try:
        sniffer.sniff(bad)
        print(repr(bad), "sniffed")
    except csv.Error as e:
        print(repr(bad), "->", e)

# A typical use: sniff the head of a file-like object, rewind, read with DictReader.
data = io.StringIO("product;price;stock\nwidget;2.50;10\ngadget;11.00;3\n")
dialect = sniffer.sniff(data.read(1024))
data.seek(0)
for rec in csv.DictReader(data, dialect=dialect):
    print(f"{rec['product']:<8}{float(rec['price']):>8.2f}{int(rec['stock']):>4}")
