print("tab:\t|newline:\\n|quote:\"|apostrophe:\'|backslash:\\|")
print(r"raw \n \t \\ string", len(r"\n"), len("\n"))
print("\x41\x42\u0043\U00000044\101\7".encode())
print(repr("a\nb"), repr("a\\nb"), repr(r"a\nb"))
print("""Triple "quoted" string
with 'both' quotes""")
print('it\'s', "say \"hi\"", 'mixed "q"', "mixed 'q'")
print(repr('both \' and "'), repr("only '"), repr('only "'))
print("line continues \
here")
print("adjacent " "literals " 'joined')
print(len("\N{SNOWMAN}"), "\N{SNOWMAN}".encode("utf-8"), repr("\r\x0b\x0c"))
print("A\u0301", len("A\u0301"), "\u00c1" == "A\u0301")
