TEXT = """
Alice was beginning to get very tired of sitting by her sister on the bank, and of having
nothing to do: once or twice she had peeped into the book her sister was reading, but it had
no pictures or conversations in it, 'and what is the use of a book,' thought Alice 'without
pictures or conversations?' So she was considering in her own mind (as well as she could, for
the hot day made her feel very sleepy and stupid), whether the pleasure of making a
daisy-chain would be worth the trouble of getting up and picking the daisies, when suddenly a
White Rabbit with pink eyes ran close by her.
"""
def words(text):
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "-":
            cur.append(ch)
        elif cur:
            yield "".join(cur)
            cur = []
    if cur:
        yield "".join(cur)
ws = list(words(TEXT))
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{w:>10} {n:>3} {'*' * n}")
lengths = {}
for w in ws:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
print("avg length: %.3f" % (sum(map(len, ws)) / len(ws)))
sentences = [s.strip() for s in TEXT.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
print(sorted(set(w for w in ws if len(w) >= 9)))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print("vowels", vowels, "consonants", sum(c.isalpha() for c in TEXT) - vowels)
