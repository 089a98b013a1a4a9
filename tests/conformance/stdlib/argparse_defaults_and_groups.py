# argparse: defaults (set_defaults, get_default, argument_default), help templates with
# %(...)s fields, count/help/version actions, sub-commands with aliases and leftovers,
# option-string checks, conflicts and exit_on_error=False.
import argparse
import sys

sys.stderr = sys.stdout  # usage errors and --version are part of what we compare


def attempt(parser, argv):
    try:
        result = parser.parse_args(argv)
    except SystemExit as stop:
        print("  exit", stop.code)
    except argparse.ArgumentError as err:
        print("  ArgumentError", err)
    else:
        print(" ", result)


parser = argparse.ArgumentParser(prog="tool", description="Does things.", epilog="The end.")
parser.add_argument("--level", type=int, default=3, help="level %(default)s of %(type)s")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast",
                    help="one of %(choices)s (default %(default)r) for %(prog)s")
parser.add_argument("-v", "--verbose", action="count", help="more (%(dest)s, %(nargs)s)")
parser.add_argument("--hidden", default=argparse.SUPPRESS, help="hidden [%(dest)s]")
parser.add_argument("--version", action="version", version="%(prog)s 1.2  build   7")
parser.add_argument("files", nargs="*", metavar="FILE", help="inputs, %(metavar)s")
parser.set_defaults(level=5, extra="x")
print(parser.get_default("level"), parser.get_default("extra"), parser.get_default("nope"))
print(parser.get_default("hidden"))
parser.print_help(sys.stdout)
parser.print_usage(sys.stdout)
print(repr(parser.format_usage()))
for argv in ([], ["-vvv", "a", "b"], ["--level", "7", "-v", "--verbose"], ["--mode", "odd"],
             ["--hidden", "h"], ["--version"], ["--level", "x"], ["-h"]):
    print(argv)
    attempt(parser, argv)

ns = parser.parse_args(["a"])
print("level" in ns, "hidden" in ns, ns == parser.parse_args(["a"]), ns == 3)
print(ns != argparse.Namespace(level=5), argparse.Namespace(a=1) == argparse.Namespace(a=1))

quiet = argparse.ArgumentParser(prog="q", argument_default=argparse.SUPPRESS, add_help=False)
quiet.add_argument("--x")
quiet.add_argument("--y", default=None)
quiet.set_defaults(z=1)
print(quiet.parse_args([]), quiet.parse_args(["--x", "1"]))
print(quiet.parse_args([], namespace=argparse.Namespace(x="kept", z="kept")))

defaults = argparse.ArgumentParser(prog="d", argument_default=42)
defaults.add_argument("--a")
defaults.add_argument("--b", default=None)
defaults.add_argument("pos", nargs="?")
print(defaults.parse_args([]))
print(defaults.get_default("a"), defaults.get_default("b"))

# dest inference and option-string checks
names = argparse.ArgumentParser(prog="n", prefix_chars="-+")
for args in (("-x",), ("-y", "--why-not"), ("+p", "++plus-one"), ("-z", "--zed", "--zeta")):
    print(names.add_argument(*args).dest)
for args, kwargs in ((("x", "y"), {}), (("--", ), {}), (("-", "+"), {}), (("pos",), {"dest": "d"}),
                     (("-q",), {"action": "nonsense"}), (("-r",), {"type": "int"}),
                     (("p2",), {"required": True}), (("--w",), {"type": argparse.FileType})):
    try:
        names.add_argument(*args, **kwargs)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

# conflicts
clash = argparse.ArgumentParser(prog="c")
clash.add_argument("-f", "--foo")
for args in (("-f",), ("--foo", "-f")):
    try:
        clash.add_argument(*args)
    except argparse.ArgumentError as err:
        print("ArgumentError", err)
resolve = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
resolve.add_argument("-f", "--foo", help="old")
resolve.add_argument("-f", help="new f")
resolve.add_argument("--foo", help="new foo")
resolve.print_help(sys.stdout)

# negative numbers
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("n", type=int)
neg.add_argument("--k", type=float)
for argv in (["-5"], ["--k", "-2.5", "3"], ["4", "--k", "-.5"]):
    attempt(neg, argv)
negopt = argparse.ArgumentParser(prog="negopt")
negopt.add_argument("-1", dest="one", action="store_true")
negopt.add_argument("rest", nargs="*")
for argv in (["-1", "x"], ["-2"]):
    attempt(negopt, argv)

# sub-commands
top = argparse.ArgumentParser(prog="top")
top.add_argument("--debug", action="store_true")
subs = top.add_subparsers(dest="command", title="commands", description="pick one")
build = subs.add_parser("build", aliases=["b", "mk"], help="build it")
build.add_argument("target")
build.set_defaults(handler="do_build")
clean = subs.add_parser("clean", help="remove outputs")
clean.add_argument("--all", action="store_true")
subs.add_parser("silent")
top.print_help(sys.stdout)
build.print_help(sys.stdout)
for argv in (["build", "x"], ["b", "y"], ["mk", "z", "--debug"], ["clean", "--all"], ["silent"],
             ["nope"], ["build"]):
    attempt(top, argv)
print(top.parse_known_args(["clean", "--bogus", "-x", "left"]))
for name in ("build", "b"):
    try:
        subs.add_parser(name)
    except argparse.ArgumentError as err:
        print("ArgumentError", err)

# exit_on_error=False lets ArgumentError through
strict = argparse.ArgumentParser(prog="s", exit_on_error=False)
strict.add_argument("--n", type=int)
strict.add_argument("--c", choices="ab")
for argv in (["--n", "x"], ["--c", "z"], ["--n", "1"]):
    attempt(strict, argv)

# groups
grouped = argparse.ArgumentParser(prog="g")
io = grouped.add_argument_group("io", "input and output")
io.add_argument("--in", dest="source")
io.add_argument("--out")
either = grouped.add_mutually_exclusive_group(required=True)
either.add_argument("--yes", action="store_true")
either.add_argument("--no", action="store_true")
try:
    either.add_argument("must", help="positional")
except ValueError as err:
    print("ValueError", err)
grouped.print_help(sys.stdout)
for argv in ([], ["--yes"], ["--yes", "--no"], ["--in", "a", "--no"]):
    attempt(grouped, argv)
print([a.dest for a in io._group_actions], [a.dest for a in either._group_actions])
print(repr(argparse.Action(["-x"], "x", help="h")))
