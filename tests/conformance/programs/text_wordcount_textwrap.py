import re
import string
import textwrap
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), "words;", len(set(words)), "distinct")
c = Counter(words)
for w, n in c.most_common(8):
    print(f"{w!r:>12} {n:3} {'*' * n}")
stop = {"the", "of", "it", "was", "we", "in", "to", "or", "for", "on", "so", "all", "us", "had"}
content = Counter(w for w in words if w not in stop)
print(content.most_common(5))
print(sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

lengths = defaultdict(list)
for w in sorted(set(words)):
    lengths[len(w)].append(w)
for n in sorted(lengths):
    print(f"{n:2}: {', '.join(lengths[n][:6])}{' ...' if len(lengths[n]) > 6 else ''}")

trans = str.maketrans("", "", string.punctuation)
clean = TEXT.translate(trans)
print(clean[:70])
print(textwrap.fill(" ".join(TEXT.split()), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "| "))
print(textwrap.dedent("""
    def f():
        return 1
    """))
wrapped = textwrap.wrap("supercalifragilisticexpialidocious is a long word indeed", 10)
print(wrapped)
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[-1])
caps = [w for w in re.findall(r"\b[A-Z]\w*", TEXT)]
print(caps)
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("".join(ch for ch, _ in letters.most_common(10)))
print(c["times"], c["missing"], (c - Counter(times=5))["times"], +c == c)
c2 = Counter("abracadabra")
c2.update("aaz")
c2.subtract({"b": 5})
print(c2, c2.total(), sorted(c2.elements()))
print(c2 & Counter("aab"), c2 | Counter("zzzz"))
print(string.capwords("hello   world-wide  web"), "x".center(9, "*"), "Title Case Me".swapcase())
