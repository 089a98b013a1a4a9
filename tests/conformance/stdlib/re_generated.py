# re: many generated patterns and subjects (a fixed pseudo-random sequence), each searched,
# matched in full, found, substituted and split, so that engine differences show up.
import re

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def choice(seq):
    return seq[rand(len(seq))]


ATOMS = ["a", "b", "c", ".", r"\d", r"\w", r"\s", r"\W", "[ab]", "[^a]", "[a-c]", "x", r"\b",
         r"\B", "^", "$", "(?i:A)", r"\1", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", r"\Z", r"\A",
         "(a|ab)", "(?(1)a|b)", "é", "ſ", r"\d+", "[^\\W\\d]"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}?", "*+",
          "++", "{0,1}"]
OPENERS = ["(", "(?:", "(?>", "(?P<n>"]


def gen(depth):
    out = []
    for _ in range(1 + rand(3)):
        if rand(4) == 0 and depth < 3:
            opener = choice(OPENERS) if depth == 0 else choice(OPENERS[:3])
            inner = gen(depth + 1)
            if rand(3) == 0:
                inner += "|" + gen(depth + 1)
            atom = opener + inner + ")"
        else:
            atom = choice(ATOMS)
        out.append(atom + choice(QUANTS))
    return "".join(out)


counts = {"error": 0, "match": 0, "none": 0}
for i in range(500):
    pattern = gen(0)
    subject = "".join(choice("aabbcé x1AS\nſ") for _ in range(rand(9)))
    flags = choice([0, 0, 0, re.I, re.M, re.S, re.A])
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        counts["error"] += 1
        print(i, repr(pattern), "error:", e)
        continue
    m = p.search(subject)
    counts["match" if m else "none"] += 1
    full = p.fullmatch(subject)
    print(i, repr(pattern), int(flags), repr(subject))
    print("   search", m and (m.span(), m.groups(), m.lastindex, m.lastgroup))
    print("   full", full and full.regs)
    print("   findall", p.findall(subject))
    print("   sub", repr(p.sub("<\\g<0>>", subject)), "split", p.split(subject))
print(counts)
