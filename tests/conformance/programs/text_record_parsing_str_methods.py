records = """
# inventory export v2
sku=A100 | name = Widget, Large | qty=  12 | price=3.50 | tags=red;blue
sku=B200|name=Gadget|qty=0|price=12|tags=
  sku=C300 | name=Thing-a-ma-jig | qty=7 | price=0.99 | tags=green
sku=D400 | name= | qty=x | price=1.00
"""
items = []
for lineno, raw in enumerate(records.splitlines(), 1):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    fields = {}
    for chunk in line.split("|"):
        key, sep, val = chunk.partition("=")
        if not sep:
            print(f"line {lineno}: bad chunk {chunk!r}")
            continue
        fields[key.strip()] = val.strip()
    try:
        fields["qty"] = int(fields["qty"])
        fields["price"] = float(fields["price"])
    except ValueError as e:
        print(f"line {lineno}: {e}")
        continue
    fields["tags"] = [t for t in fields.get("tags", "").split(";") if t]
    items.append(fields)
for it in items:
    print(f"{it['sku']:<6}{it['name']!r:<22}{it['qty']:>4}{it['price']:>8.2f}  {','.join(it['tags']) or '-'}")
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")), repr(s.strip(" H!")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), " a b ".split(" "), "abc".split("b"))
print("a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
print("line1\nline2\r\nline3\r".splitlines(), "x\n\ny".splitlines(True))
print("hello world".title(), "HELLO".casefold(), "ß".upper(), "ǅ".lower(), "hello"[::-1])
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4), "3.14".rjust(8, "0"), "x".ljust(3, "-") + "|")
print("banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"), "banana".replace("a", "o", 2))
try:
    "banana".index("z")
except ValueError as e:
    print(e)
print("Python3".isalnum(), "42".isdigit(), "½".isnumeric(), "²".isdecimal(), "  ".isspace(), "Title Case".istitle(), "abc".isidentifier())
print("tab\there".expandtabs(4), "a\tbb\tccc".expandtabs(), repr("x".center(4)), "%".join("abc"))
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "aXbXc".split("X", maxsplit=-1))
print("{:>10}".format("é"), len("naïve"), "naïve".encode("utf-8"), b"caf\xc3\xa9".decode(), "€".encode("utf-16-le"))
print(ord("A"), chr(9731), "abc" < "abd", "Z" < "a", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
csvish = 'name,"quoted, field",3'
print(csvish.split(","), [p.strip('"') for p in csvish.split(",")])
words = "the rain in spain stays mainly in the plain".split()
print(max(words, key=len), min(words), sorted(set(words), key=lambda w: (-len(w), w)))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("2024-03-15".split("-"))), "snake_case_name".replace("_", " ").title().replace(" ", ""))
print("%-12s|%8.3f|%+05d|%x" % ("left", 2.0 / 3, 42, 3054))
for w in ["level", "Racecar", "python"]:
    c = w.lower()
    print(w, c == c[::-1], c.count(c[0]), sorted(c), "".join(sorted(set(c))))
print("a" * 3 + "b" * 0, "ab" in "cabd", "" in "x", "x".join([]), str(None), str(3.0), str([1, "a"]))
print(int("101", 2), hex(255), oct(8), bin(5), format(255, "08b"), int("ff", 16), "%o" % 8)
