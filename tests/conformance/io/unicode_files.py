import sys
path = sys.argv[1] + "/uni.txt"
text = "naïve café ☃ 日本\nsecond line — ok\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, "rb") as f:
    raw = f.read()
print(len(text), len(raw), raw[:12])
with open(path, encoding="utf-8") as f:
    back = f.read()
print(back == text, back.splitlines())
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
