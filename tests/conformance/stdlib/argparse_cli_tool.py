"""An argparse CLI: help printed to stdout, parse results for many command lines, and the
usage errors (stderr, exit 2) reported through a subclass so the program can go on; the last
command line fails for real."""
import argparse
import sys


class Recording(argparse.ArgumentParser):
    def error(self, message):
        print(f"[{self.prog}] error: {message}")
        raise ValueError(message)

    def exit(self, status=0, message=None):
        print(f"[{self.prog}] exit {status} {message!r}")
        raise ValueError("exit")


def build(cls=Recording):
    p = cls(prog="logtool", description="Summarise log files.",
            epilog="Exit status is 0 on success.")
    p.add_argument("files", nargs="+", metavar="FILE", help="log files to read")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-n", "--lines", type=int, default=10, help="lines to show (default: %(default)s)")
    p.add_argument("--level", choices=["debug", "info", "warn", "error"], default="info")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--tag", action="append", dest="tags", default=[])
    p.add_argument("--no-color", action="store_false", dest="color")
    p.add_argument("--ratio", type=float)
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    sub = p.add_argument_group("filters", "Which records to keep")
    sub.add_argument("--grep", metavar="PATTERN", nargs="*")
    sub.add_argument("--range", nargs=2, type=int, metavar=("LO", "HI"))
    return p


p = build()
p.print_help()
print(p.format_usage())
cmds = [
    "a.log",
    "a.log b.log -vvv -n 3 --level warn",
    "--tag x --tag y a.log --no-color --ratio 0.25",
    "a.log --json --grep foo bar --range 1 9",
    "a.log --lines=7 --since=2024-01-01 --",
    "-- -weird.log",
    "",
    "a.log -n seven",
    "a.log --level trace",
    "a.log --json --csv",
    "a.log --range 1",
    "a.log --bogus",
    "a.log --ratio x",
    "--version",
    "a.log --verb",
    "a.log --li 4",
]
for line in cmds:
    print(">>>", repr(line))
    try:
        ns = p.parse_args(line.split())
        print(sorted(vars(ns).items()))
    except ValueError:
        pass

ns, rest = p.parse_known_args("a.log --other 1 -n 2".split())
print(ns.lines, rest)

parser = argparse.ArgumentParser(prog="calc")
subs = parser.add_subparsers(dest="cmd", required=True, help="operation")
add = subs.add_parser("add", help="add numbers")
add.add_argument("nums", type=float, nargs="+")
neg = subs.add_parser("neg", aliases=["n"], help="negate")
neg.add_argument("x", type=int)
parser.print_help()
for argv in (["add", "1", "2.5"], ["n", "4"]):
    print(vars(parser.parse_args(argv)))
sys.stdout.flush()
build(argparse.ArgumentParser).parse_args(["a.log", "--level", "loud"])
