# A command-line tool that sets its own sys.argv before parsing (as demos and tests of a CLI
# do), then fails on a bad value: argparse prints usage and exits with status 2.
import argparse
import sys

sys.dont_write_bytecode = True
sys.path = [p for p in sys.path]


def build():
    p = argparse.ArgumentParser(prog="wc.py", description="Count words.")
    p.add_argument("words", nargs="*")
    p.add_argument("-n", "--top", type=int, default=3)
    p.add_argument("--upper", action="store_true")
    return p


sys.argv = ["wc.py", "the", "cat", "and", "the", "hat", "--top", "2", "--upper"]
args = build().parse_args()
counts = {}
for w in args.words:
    w = w.upper() if args.upper else w
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
    print(f"{w:<5}{c}")
print(sys.argv[1:3], args)

sys.argv[1:] = ["x", "--top", "many"]
build().parse_args()
print("not reached")
