text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
inverse = {}
for w, n in counts.items():
    inverse.setdefault(n, set()).add(w)
print({n: sorted(ws) for n, ws in sorted(inverse.items())})
