import argparse, sys

def build():
    p = argparse.ArgumentParser(prog="inventory", description="Manage an inventory file.",
                                epilog="Report bugs to nobody.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--format", choices=["json", "csv", "table"], default="table")
    p.add_argument("--limit", type=int, metavar="N", help="show at most N rows")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--asc", action="store_true")
    g.add_argument("--desc", action="store_true")
    sub = p.add_subparsers(dest="command", required=True, title="commands")
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name")
    add.add_argument("qty", type=int, nargs="?", default=1)
    add.add_argument("--tag", action="append", default=[], dest="tags")
    rm = sub.add_parser("remove", aliases=["rm"], help="remove items")
    rm.add_argument("names", nargs="+")
    rm.add_argument("--force", "-f", action="store_true")
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("patterns", nargs="*", default=["*"])
    ls.add_argument("--price", type=float, nargs=2, metavar=("LO", "HI"))
    return p

p = build()
cases = [
    ["add", "apple", "3", "--tag", "fruit", "--tag", "red"],
    ["-vv", "--format", "json", "add", "pear"],
    ["rm", "a", "b", "-f"],
    ["--limit", "5", "--desc", "list", "x*", "y*", "--price", "1.5", "3"],
    ["list"],
]
for argv in cases:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))
errors = [
    [],
    ["--format", "xml", "list"],
    ["--limit", "many", "list"],
    ["--asc", "--desc", "list"],
    ["add"],
    ["add", "x", "notanint"],
    ["remove"],
    ["bogus"],
    ["list", "--price", "1"],
    ["list", "--unknown"],
]
import io, contextlib
for argv in errors:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])
ns, extra = p.parse_known_args(["list", "--zzz", "q"])
print(ns.command, extra)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["--help"])
    except SystemExit as e:
        code = e.code
print(out.getvalue())
print("help exit", code)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["add", "-h"])
    except SystemExit:
        pass
print(out.getvalue())
print(p.format_usage())
p2 = argparse.ArgumentParser(prog="conv", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("src", help="input file")
p2.add_argument("--scale", type=float, default=1.0, help="scale factor")
p2.add_argument("--mode", default="fast", help="how")
p2.add_argument("--dry-run", action="store_true", help="do nothing")
p2.print_help()
print(p2.parse_args(["in.txt", "--dry-run", "--scale=2.5"]))
p2.error("bad things happened")
