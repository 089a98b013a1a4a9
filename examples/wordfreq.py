"""Count word frequencies: `pyseal run examples/wordfreq.py < some.txt` (or a built-in sample)."""
import sys

SAMPLE = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""


def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()[]").lower()
        if word:
            yield word


def main():
    text = SAMPLE if sys.stdin.isatty() else sys.stdin.read() or SAMPLE
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    width = max(len(w) for w, _ in top)
    for w, n in top:
        print(f"{w:<{width}}  {n:>4}  {'#' * n}")
    print(f"{sum(counts.values())} words, {len(counts)} distinct")


main()
