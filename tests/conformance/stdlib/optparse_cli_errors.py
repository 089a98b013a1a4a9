"""A small CLI built on optparse that rejects its command line."""
import sys
from optparse import OptionParser

def main(argv):
    parser = OptionParser(usage="usage: %prog [-v] [-o OUT] INPUT", prog="convert")
    parser.add_option("-o", "--output", default="out.txt", help="output file [%default]")
    parser.add_option("-v", "--verbose", action="store_true", default=False)
    parser.add_option("-w", "--width", type="int", default=80)
    opts, args = parser.parse_args(argv)
    print("options:", sorted(vars(opts).items()), "args:", args)
    if len(args) != 1:
        parser.error("expected exactly one INPUT, got %d" % len(args))
    return opts, args

main(["-v", "data.csv"])
main(["--output=x.txt", "-w", "100", "data.csv"])
try:
    main(["-w", "wide", "data.csv"])
except SystemExit as e:
    print("exit code", e.code)
main(["a.csv", "b.csv"])
print("not reached")
