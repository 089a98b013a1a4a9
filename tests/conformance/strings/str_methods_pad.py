for s in ["a", "abc", "abcdef", ""]:
    print("[" + s.center(7, "*") + "]", "[" + s.ljust(5) + "]", "[" + s.rjust(5, ".") + "]", "[" + s.zfill(4) + "]")
print("-42".zfill(6), "+7".zfill(4), "3.14".zfill(7))
print(repr("  padded \t\n".strip()), repr("xxhixx".strip("x")), repr("  left".lstrip()), repr("right  ".rstrip()))
print(repr("www.example.com".strip("cmowz.")), repr("\n\ttext\n".rstrip("\n")))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "12\t3".expandtabs(2))
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in table:
    print(name.ljust(10) + str(price).rjust(8) + str(qty).rjust(5))
