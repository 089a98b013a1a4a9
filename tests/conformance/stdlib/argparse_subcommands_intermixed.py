# A tool with subcommands under a custom usage line (the subcommand's prog repeats it), and
# options mixed in among positionals with parse_intermixed_args.
import argparse
import sys

sys.stderr = sys.stdout


def build():
    p = argparse.ArgumentParser(prog="inv", usage="%(prog)s [options] command")
    p.add_argument("--verbose", "-v", action="count", default=0)
    sub = p.add_subparsers(title="commands", dest="cmd", required=True)
    add = sub.add_parser("add", help="add items")
    add.add_argument("items", nargs="+")
    add.add_argument("--qty", type=int, default=1)
    rm = sub.add_parser("rm", help="remove an item")
    rm.add_argument("item")
    return p, add


p, add = build()
print(add.prog)
print(add.format_usage(), end="")
print(p.parse_args(["-v", "add", "apple", "pear", "--qty", "3"]))
for argv in (["add"], ["rm"], ["add", "x", "--qty", "many"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

m = argparse.ArgumentParser(prog="merge")
m.add_argument("--out", default="-")
m.add_argument("-x", action="store_true")
m.add_argument("first")
m.add_argument("rest", nargs="*", type=int)
print(m.parse_intermixed_args(["a.txt", "1", "--out", "o.txt", "2", "3", "-x"]))
print(m.parse_intermixed_args(["only"]))
print(m.parse_known_intermixed_args(["c", "--unknown", "5"]))
for argv in ([], ["c", "q"], ["c", "--bogus"]):
    try:
        print(m.parse_intermixed_args(argv))
    except SystemExit as e:
        print("exit", e.code)
r = argparse.ArgumentParser(prog="r")
r.add_argument("cmd", nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print(e)
m.parse_intermixed_args(["a", "--out"])
