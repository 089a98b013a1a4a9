# argparse: errors and exits (captured), exclusive and argument groups, formatter classes, types.
import argparse, sys, io, contextlib
def run(parser, args):
    err = io.StringIO(); out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(args)
        print("OK", ns)
    except SystemExit as e:
        print("EXIT", e.code, repr(out.getvalue()), repr(err.getvalue()))
p = argparse.ArgumentParser(prog="calc")
p.add_argument("op", choices=["add", "sub"])
p.add_argument("nums", type=int, nargs="+")
p.add_argument("--scale", type=float, default=1.0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--level", type=int, choices=range(1, 4))
p.add_argument("--version", action="version", version="%(prog)s 1.0")
for args in [["add", "1", "2"], ["mul", "1"], ["add"], [], ["add", "x"], ["add", "1", "--scale"], ["add", "1", "--scale", "abc"], ["add", "1", "--bogus"], ["add", "1", "-q", "-q"], ["add", "-1", "-2"], ["--version"], ["-h"], ["add", "1", "--level", "5"], ["add", "1", "--sc", "2"], ["add", "1", "--", "-5"], ["add", "1", "-qx"]]:
    run(p, args)
q = argparse.ArgumentParser(prog="ex", description="Exclusive demo", epilog="See docs.", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true", help="json output")
g.add_argument("--csv", action="store_true", help="csv output")
q.add_argument("--limit", type=int, default=10, help="max rows")
q.add_argument("files", nargs="*", default=["-"], help="input files")
grp = q.add_argument_group("advanced", "Advanced tuning options.")
grp.add_argument("--threads", type=int, default=4, metavar="N", help="worker threads")
q.print_help()
for args in [["--json"], ["--json", "--csv"], [], ["--csv", "a", "b"]]:
    run(q, args)
r = argparse.ArgumentParser(prog="raw", description="Line one\n  indented line two\n\nPara", formatter_class=argparse.RawDescriptionHelpFormatter, add_help=False)
r.add_argument("x", help="the x"); r.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
r.print_help(); print(r.parse_args(["1", "--no-flag"]))
s = argparse.ArgumentParser(prog="git")
subs = s.add_subparsers(title="commands", dest="command", required=True)
c = subs.add_parser("commit", help="record changes"); c.add_argument("-m", "--message", required=True)
subs.add_parser("status", help="show status", aliases=["st"])
s.print_help(); c.print_help()
for args in [["commit", "-m", "hi"], ["st"], ["commit"], ["push"], []]:
    run(s, args)
t = argparse.ArgumentParser(prog="t"); t.add_argument("--num", type=int, default="5"); t.add_argument("--d", default=3); t.set_defaults(extra="yes")
print(t.parse_args([]), t.get_default("d"), t.parse_args(["--num", "7"]))
def positive(v):
    n = int(v)
    if n <= 0: raise argparse.ArgumentTypeError(f"{v} is not positive")
    return n
u = argparse.ArgumentParser(prog="u"); u.add_argument("n", type=positive)
run(u, ["-3"]); run(u, ["0"]); run(u, ["4"])
v = argparse.ArgumentParser(prog="v"); v.add_argument("--foo"); 
try: v.add_argument("--foo")
except argparse.ArgumentError as e: print("ArgumentError", e)
ns = argparse.Namespace(x=1); print("x" in ns, vars(ns), argparse.Namespace(a=[1], b={"k": 2}))
