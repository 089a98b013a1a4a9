text = "the quick brown fox jumps over the lazy dog; the end"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("cat"), text.index("fox"))
print(text.count("the"), text.count("o"), text.count(""), "aaaa".count("aa"))
print(text.startswith("the"), text.endswith("end"), text.startswith(("a", "t")), text.endswith("the", 0, 3))
try:
    text.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(text.replace("the", "THE"), text.replace("the", "a", 2), "aaa".replace("", "-"))
print(text.partition(" "), text.rpartition(" "), text.partition("zzz"))
print("x".join(["a", "b", "c"]), ", ".join(str(i) for i in range(5)), "".join([]))
print(text.split(), text.split(" ", 3), text.rsplit(" ", 2), "a,b,,c".split(","), "  a  b  ".split())
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("z"))
print(text.rindex("o"), "mississippi".rfind("ss"), "mississippi".split("ss"))
