"""Dict- and str-heavy text processing over deterministic generated text."""
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "pe", "zu", "an", "el", "or"]
def gen_text(n_words, seed=42):
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        w = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w += SYLLABLES[state % len(SYLLABLES)]
        if state % 7 == 0:
            w = w.capitalize()
        words.append(w)
        if state % 11 == 0:
            words.append(".")
    return " ".join(words)
text = gen_text(450000)
counts = {}
for word in text.lower().replace(".", " ").split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for w, c in top:
    print(f"{w:<10}{c}")
sentences = [s.strip() for s in text.split(".") if s.strip()]
print("unique", len(counts), "sentences", len(sentences))
bigrams = {}
prev = None
for w in text.split():
    if prev is not None:
        key = prev + " " + w
        bigrams[key] = bigrams.get(key, 0) + 1
    prev = w
print("bigrams", len(bigrams), max(bigrams.values()))
print("checksum", sum(len(k) * v for k, v in counts.items()) % 1000003)
