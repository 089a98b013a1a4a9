# text processing: word freq, ngrams, aligned table
import re
from collections import Counter, defaultdict, deque
from itertools import islice, tee
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
wc = Counter(words)
print(len(words), len(wc))
for w, n in wc.most_common(8):
    print(f"{w:<12}{n:>3} {'#' * n}")
def ngrams(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
bg = Counter(ngrams(words, 2))
print(bg.most_common(3))
tg = Counter(" ".join(t) for t in ngrams(words, 3))
print(tg.most_common(3))
following = defaultdict(Counter)
for a, b in zip(words, words[1:]):
    following[a][b] += 1
print(dict(sorted((k, dict(v)) for k, v in following.items() if len(v) > 2)))
window = deque(maxlen=4)
longest = []
for w in words:
    window.append(w)
    if len(set(window)) == len(window) == 4:
        longest.append(tuple(window))
print(len(longest), longest[:2])
lens = Counter(map(len, words))
for L in sorted(lens):
    print(f"{L:2d} {lens[L]:3d} {lens[L]/len(words):6.1%}")
caps = sorted(set(re.findall(r"\b[A-Z]\w+", text)))
print(caps)
sentences = [s.strip() for s in re.split(r",\s*", text.replace("\n", " ")) if s.strip()]
print(len(sentences), sentences[-1])
print(sorted(wc, key=lambda w: (-wc[w], w))[:10])
print(list(islice(sorted(wc.items(), key=lambda kv: kv[0][::-1]), 5)))
print({k: v for k, v in wc.items() if v == 1}.keys() - {"hope"})
