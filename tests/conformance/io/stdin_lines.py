import sys
data = sys.stdin.read()
lines = data.splitlines()
print(len(lines), "lines")
words = data.split()
print(len(words), "words")
freq = {}
for w in words:
    w = w.strip(".,!?").lower()
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<8}{n}")
