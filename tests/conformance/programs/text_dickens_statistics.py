import re, string, collections, textwrap, statistics, itertools, functools, operator
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was
the winter of despair, we had everything before us, we had nothing before us, we were all
going direct to Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = collections.Counter(words)
print(len(words), len(freq))
for w, n in freq.most_common(8):
    print(f"{w:>10} {n:3d} {'#' * n}")
lengths = [len(w) for w in words]
print(statistics.mean(lengths), statistics.median(lengths), statistics.mode(lengths), round(statistics.pstdev(lengths), 4))
by_len = {k: sorted(set(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)}
print({k: v[:3] for k, v in by_len.items()})
sentences = [s.strip() for s in re.split(r'(?<=[,.;])\s+', TEXT) if s.strip()]
print(len(sentences), sentences[:3])
bigrams = collections.Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
caps = re.findall(r'\b[A-Z][a-z]+\b', TEXT)
print(caps)
print(textwrap.fill(' '.join(w for w in words if len(w) > 6), 50))
trans = str.maketrans('', '', string.punctuation)
print(TEXT.splitlines()[0].translate(trans).title())
print(functools.reduce(operator.add, map(len, TEXT.splitlines())))
vowels = collections.Counter(c for c in TEXT.lower() if c in 'aeiou')
print(sorted(vowels.items()), sum(vowels.values()))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2][::-1], 'hello world foo'))
acr = ''.join(w[0] for w in re.findall(r'\w+', 'portable network graphics')).upper()
print(acr, TEXT.count('it was'), TEXT.find('Heaven'), TEXT.rfind('was'))
print(collections.Counter(words).most_common()[-3:])
idx = collections.defaultdict(set)
for i, line in enumerate(TEXT.splitlines(), 1):
    for w in re.findall(r'\w+', line.lower()):
        idx[w].add(i)
print({w: sorted(idx[w]) for w in ['was', 'season', 'going', 'period']})
