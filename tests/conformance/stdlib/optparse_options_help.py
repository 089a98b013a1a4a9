import sys
from optparse import OptionParser, OptionGroup, Option, OptionValueError, SUPPRESS_HELP, make_option, Values
import optparse

def check_range(option, opt_str, value, parser, lo, hi):
    if not lo <= value <= hi:
        raise OptionValueError("%s must be in [%d, %d]" % (opt_str, lo, hi))
    setattr(parser.values, option.dest, value)

parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.2",
                      description="Process some files and report statistics about them in a "
                                  "format that is long enough to need wrapping by the formatter.",
                      epilog="Report bugs to nobody.", prog="filetool")
parser.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-n", "--count", type="int", default=3, help="number of items [default: %default]")
parser.add_option("-r", "--ratio", type="float", help="ratio (default %default)")
parser.add_option("-m", "--mode", choices=["fast", "slow", "auto"], default="auto",
                  help="processing mode, one of fast/slow/auto; the default is %default")
parser.add_option("-v", action="count", dest="verbosity", default=0)
parser.add_option("-I", "--include", action="append", dest="includes", default=[],
                  help="add a directory to the include path; can be given several times")
parser.add_option("--point", nargs=2, type="int", help="an x y pair")
parser.add_option("--level", type="int", action="callback", callback=check_range,
                  callback_args=(1, 5), dest="level", help="level 1-5")
parser.add_option("--secret", action="store_true", help=SUPPRESS_HELP)
parser.add_option("--const", action="store_const", const=42, dest="answer")
group = OptionGroup(parser, "Dangerous Options",
                    "Caution: use these options at your own risk.  It is believed that some of them bite.")
group.add_option("-g", action="store_true", help="Group option.")
group.add_option("--very-long-option-name-here", dest="vl", metavar="VALUE",
                 help="an option whose name is so long the help goes on the next line")
parser.add_option_group(group)
parser.print_help()
print("---")
for argv in [
    [],
    ["-f", "out.txt", "a", "b"],
    ["--file=out.txt", "-qvvv", "-n", "10", "x"],
    ["-n0x1f", "-r", "2.5", "--mode", "fast", "-I", "a", "-Ib", "--include=c"],
    ["--point", "3", "4", "--level", "4", "--const", "--", "-f", "z"],
    ["--fi", "abbrev.txt", "--qu", "-g", "--very", "v"],
    ["pos1", "-v", "pos2", "--secret"],
    ["-n", "010"],
]:
    opts, args = parser.parse_args(argv)
    print(sorted(vars(opts).items()), args)
print(parser.get_usage(), end="")
print(parser.get_version(), parser.get_prog_name())
print(parser.has_option("-f"), parser.has_option("--nope"), parser.get_option("-q").dest)
print(str(parser.get_option("--file")), parser.get_option("-n").type, parser.get_option("-m").type)
v = Values({"a": 1})
print(v, v == {"a": 1}, v.ensure_value("b", []), v)
p2 = OptionParser()
p2.disable_interspersed_args()
p2.add_option("-x", action="store_true")
opts2, rest2 = p2.parse_args(["-x", "cmd", "-x"])
print(opts2, rest2, repr(opts2).startswith("<Values at 0x"))
p2.set_defaults(x=False, extra="e")
print(p2.parse_args([])[0])
for bad in [dict(action="bogus"), dict(type="nosuch"), dict(action="store_true", type="int"),
            dict(bogus=1), dict(type="choice")]:
    try:
        Option("-z", "--zed", **bad)
    except optparse.OptionError as e:
        print("OptionError:", e)
try:
    p2.add_option("-x")
except optparse.OptionConflictError as e:
    print("Conflict:", e)
for args in [["-y"], ["--mode=bad"], ["-n", "abc"], ["--point", "1"], ["--quiet=1"], ["--co"], ["-r", "x"], ["--level", "9"], ["-f"]]:
    import io
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print("exit", e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old
p3 = OptionParser(usage="usage: %prog cmd", add_help_option=False, prog="p3")
p3.add_option("-a", help="alpha")
p3.print_help()
p3.print_usage()
parser.parse_args(["--version"])
