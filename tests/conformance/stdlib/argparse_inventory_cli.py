# argparse: subcommands with aliases, required options, counts, append, choices, mutually
# exclusive groups, help/usage output, error messages through a custom error(), and a final
# usage error that exits 2.
import argparse, sys

def build():
    p = argparse.ArgumentParser(prog="inventory", description="Manage a small inventory of items.",
                                epilog="Use '%(prog)s <cmd> -h' for command help.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
    p.add_argument("--db", metavar="PATH", default="inv.db", help="database file (default: %(default)s)")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    sub = p.add_subparsers(dest="cmd", title="commands", metavar="COMMAND", required=True)
    a = sub.add_parser("add", help="add an item", aliases=["a"])
    a.add_argument("name")
    a.add_argument("qty", type=int, nargs="?", default=1)
    a.add_argument("--tag", action="append", dest="tags", default=[])
    a.add_argument("--price", type=float, required=True)
    r = sub.add_parser("remove", help="remove items")
    r.add_argument("names", nargs="+")
    r.add_argument("-f", "--force", action="store_true")
    l = sub.add_parser("list", help="list items", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    l.add_argument("--sort", choices=["name", "qty", "price"], default="name", help="sort key")
    l.add_argument("--limit", type=int, default=10, help="max rows")
    g = l.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="json output")
    g.add_argument("--csv", action="store_true", help="csv output")
    return p

p = build()
p.print_help()
print("----")
for argv in [["add", "widget", "3", "--price", "2.5", "--tag", "x", "--tag", "y"],
             ["-vv", "a", "gadget", "--price=1"],
             ["remove", "a", "b", "-f"],
             ["--db", "other.db", "list", "--sort", "qty", "--json"],
             ["list"]]:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        print("ERROR:", message)
        raise SystemExit(2)

def try_parse(argv):
    q = build()
    q.__class__ = Quiet
    for act in q._actions:
        if isinstance(act, argparse._SubParsersAction):
            for name, sp in act.choices.items():
                sp.__class__ = Quiet
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

try_parse([])
try_parse(["add"])
try_parse(["add", "x", "notint", "--price", "1"])
try_parse(["list", "--sort", "color"])
try_parse(["list", "--json", "--csv"])
try_parse(["frobnicate"])
try_parse(["remove"])
try_parse(["add", "x", "--price", "1", "--bogus"])
print("----")
try:
    p.parse_args(["list", "-h"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["add", "--help"])
except SystemExit as e:
    print("exit", e.code)

p2 = argparse.ArgumentParser(prog="calc", formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="line one\n  indented line two\nline three")
p2.add_argument("numbers", type=float, nargs="*", metavar="N")
p2.add_argument("--op", choices=("sum", "max", "min"), default="sum")
p2.add_argument("--no-color", dest="color", action="store_false")
p2.add_argument("--scale", type=int, default=1, help=argparse.SUPPRESS)
p2.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
print(p2.format_usage(), end="")
print(p2.format_help())
ns, rest = p2.parse_known_args(["1", "2", "--op", "max", "--extra", "5"])
print(ns, rest)
print(p2.parse_args(["--no-flag"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, "a" in ns, ns == argparse.Namespace(b="x", a=1))
p3 = argparse.ArgumentParser(prog="pp", prefix_chars="+-", allow_abbrev=False)
p3.add_argument("+x", type=int)
p3.add_argument("--long-option", dest="lo")
p3.add_argument("pos", nargs=2)
print(p3.parse_args(["+x", "5", "a", "b", "--long-option", "q"]))
p3.print_usage()
p.parse_args(["add", "zz"])
