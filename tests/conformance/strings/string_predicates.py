tests = ["hello", "Hello World", "HELLO", "hello123", "123", "12.5", "", "   ", "\t\n", "Title Case",
         "snake_case", "ÀÉÎ", "½", "²", "x²", "٣", "abc def", "CamelCase", "_private", "2fast"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]
print(" " * 14 + " ".join(p[2:6] for p in preds))
for t in tests:
    print(f"{t!r:<14}" + " ".join(f"{'T' if getattr(t, p)() else '.':>4}" for p in preds))
