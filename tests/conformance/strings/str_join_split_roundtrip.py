samples = ["a,b,c", ",a,,b,", "", "no separators", "a,b,c,", "  spaced , items  "]
for s in samples:
    parts = s.split(",")
    print(repr(s), parts, ",".join(parts) == s, [p.strip() for p in parts])
print("a b  c".split(" "), "a b  c".split(), "a\tb\nc d".split(), " x ".split(" "))
print("1-2-3-4".split("-", 2), "1-2-3-4".rsplit("-", 2), "a".split("a"), "aXbXc".split("X", 0))
print("k1=v1;k2=v2;k3".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"), path.rsplit("/", 1), path.rpartition("/")[2], path.rpartition(".")[0])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("\n".join(["x", "y"]).split("\n"), "-".join("abc"), "".join(reversed("stressed")))
