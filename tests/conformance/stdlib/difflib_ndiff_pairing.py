# difflib.Differ pairing inside replaced blocks: the most similar pair of lines gets intraline
# '?' guides, an identical pair is kept when nothing is similar enough, ties go to the first
# pair; plus many generated edits (a small LCG keeps them deterministic).
import difflib

cases = [
    (["abcdefgh\n"], ["abcdefgX\n"]),
    (["one two three\n", "same\n", "zzz\n"], ["qqq\n", "same\n", "one two thr33\n"]),
    (["kept\n", "xxxx\n"], ["yyyy\n", "kept\n"]),
    (["aaaa\n", "aaab\n"], ["aaac\n", "aaad\n"]),
    (["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"]),
    (["\tindented line\n"], ["\tindented lime\n"]),
    (["short\n"], ["completely different text\n"]),
    (["abc\n", "def\n", "ghi\n"], ["abd\n", "deg\n", "ghj\n"]),
    (["x = 1\n", "y = 2\n"], ["x = 10\n", "y = 20\n", "z = 30\n"]),
    (["The quick brown fox\n", "jumps over\n"], ["jumps over\n", "The quick brown cat\n"]),
]
for old, new in cases:
    print("".join(difflib.ndiff(old, new)), end="")
    print("-----")
print("".join(difflib.ndiff(["a b c\n"], ["a  b c\n"], charjunk=None)), end="")
print("".join(difflib.ndiff(["a b c\n"], ["a  b c\n"], linejunk=lambda s: not s.strip())),
      end="")

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]


def line():
    return " ".join(words[rand(len(words))] for _ in range(1 + rand(4))) + "\n"


def mutate(text):
    chars = list(text)
    for _ in range(1 + rand(3)):
        pos = rand(len(chars))
        kind = rand(3)
        if kind == 0:
            chars[pos] = "xyz"[rand(3)]
        elif kind == 1 and len(chars) > 2:
            del chars[pos]
        else:
            chars.insert(pos, "qw"[rand(2)])
    return "".join(chars)


for trial in range(40):
    old = [line() for _ in range(2 + rand(5))]
    new = []
    for text in old:
        roll = rand(6)
        if roll == 0:
            continue
        if roll == 1:
            new.append(line())
        if roll in (2, 3):
            new.append(mutate(text))
        else:
            new.append(text)
    if rand(2):
        new.insert(rand(len(new) + 1), line())
    print("trial", trial)
    print("".join(difflib.ndiff(old, new)), end="")
d = difflib.Differ()
print(list(d.compare(["ab\n", "cd\n"], ["cd\n", "ab\n", "abx\n"])))
