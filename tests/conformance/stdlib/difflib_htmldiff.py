# difflib.HtmlDiff: full pages and tables, context mode, line wrapping, tab expansion, empty
# inputs and HTML escaping, compared to CPython's output character for character.
import difflib

a = """one
two
three
four
five & <six>
\tseven
eight
nine
ten
eleven
twelve
""".splitlines(True)
b = """one
two2
three
five & <six>
\tseven and more text here
eight
nine
ten!
eleven
twelve
thirteen
""".splitlines(True)

print(difflib.HtmlDiff().make_file(a, b, "before.txt", "after.txt"))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=12).make_table(a, b, "f", "t", context=True,
                                                            numlines=1))
print(difflib.HtmlDiff().make_table(a, b, context=True, numlines=0))
print(difflib.HtmlDiff().make_table([], []))
print(difflib.HtmlDiff().make_table(a, a, context=True))
print(difflib.HtmlDiff().make_file(["é\n"], ["ü\n"], charset="ascii")[-900:])

state = 7


def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


words = "alpha beta gamma delta epsilon zeta eta theta".split()


def line():
    return " ".join(words[rand(len(words))] for _ in range(rand(6)))


for trial in range(25):
    x = [line() + "\n" for _ in range(rand(15))]
    y = list(x)
    for _ in range(rand(6)):
        op = rand(3)
        if op == 0 and y:
            del y[rand(len(y))]
        elif op == 1:
            y.insert(rand(len(y) + 1), line() + "\n")
        elif y:
            i = rand(len(y))
            parts = y[i].split()
            if parts:
                parts[rand(len(parts))] = "changed"
            y[i] = "\t".join(parts) + "\n"
    hd = difflib.HtmlDiff(wrapcolumn=[None, 10, 25][trial % 3])
    table = hd.make_table(x, y, context=trial % 2 == 0, numlines=trial % 3)
    rows = [r for r in table.splitlines() if "<tr>" in r]
    print(trial, len(table), len(rows))
    if trial < 4:
        print(table)
