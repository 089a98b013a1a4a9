words = ["hello world", "PYTHON rocks", "mIxEd CaSe", "title case here", "ß straße", "don't stop", "123abc"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold(), sep=" | ")
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), " \t\n".isspace(), "".isspace())
print("x1".isidentifier(), "1x".isidentifier(), "½".isnumeric(), "٣".isdecimal(), "abc".isascii(), "é".isascii())
