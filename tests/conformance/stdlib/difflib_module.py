# difflib: matching blocks and opcodes, ratios, ndiff guide lines, unified/context diffs.
import difflib, random
a = "one two three four five six".split()
b = "one too three five six seven".split()
s = difflib.SequenceMatcher(None, a, b)
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
print(list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "abcd", "bcde").find_longest_match(0, 4, 0, 4))
print(difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "shell", "whale", "wheels"], n=2, cutoff=0.5))
t1 = ["line one\n", "line two\n", "line three\n", "line four\n", "line five\n"]
t2 = ["line one\n", "line 2\n", "line three\n", "line four changed\n", "line five\n", "line six\n"]
print("".join(difflib.ndiff(t1, t2)))
print("".join(difflib.unified_diff(t1, t2, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(t1, t2, fromfile="a.txt", tofile="b.txt", n=1)))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print("".join(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
print("".join(difflib.ndiff(["  tab\there\n", "x\n"], ["  tab\tthere\n", "y\n", "x\n"])))
diff = list(difflib.ndiff(t1, t2)); print("".join(difflib.restore(diff, 1)) == "".join(t1), "".join(difflib.restore(diff, 2)) == "".join(t2))
random.seed(3)
for trial in range(30):
    x = [random.choice("abcde") for _ in range(random.randint(0, 30))]
    y = [random.choice("abcde") for _ in range(random.randint(0, 30))]
    sm = difflib.SequenceMatcher(None, x, y)
    print(round(sm.ratio(), 6), sm.get_opcodes()[:4])
    xs = ["".join(random.choice("xyz ") for _ in range(random.randint(1, 12))) + "\n" for _ in range(random.randint(0, 6))]
    ys = [l if random.random() < 0.5 else l[::-1] for l in xs] + ["new\n"] * random.randint(0, 2)
    print("".join(difflib.ndiff(xs, ys)), end="")
big1 = [str(i % 7) for i in range(500)]; big2 = big1[:250] + ["X"] + big1[250:]
sm = difflib.SequenceMatcher(None, big1, big2); print(sm.ratio(), len(sm.get_opcodes()), sm.bpopular == set("0123456"))
