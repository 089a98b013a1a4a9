# getopt: short options (clustered, with values inline or next), long options (prefixes, '=',
# required values), '--' and '-', gnu_getopt interleaving and '+', every error message.
import getopt, os

def run(fn, args, short, long=[]):
    try:
        print(fn.__name__, args, "->", fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, args, "!!", type(e).__name__, repr(str(e)), repr(e.msg), repr(e.opt), e.args)

cases = [
    (["-a", "-b", "x", "file"], "ab:"),
    (["-abx", "file"], "ab:"),
    (["-ab"], "ab:"),
    (["-b"], "ab:"),
    (["-c"], "ab:"),
    (["-a", "--", "-b", "x"], "ab:"),
    (["-", "-a"], "a"),
    (["file", "-a"], "a"),
    ([], "a"),
    (["-a:"], "a:"),
    (["-:"], "a:"),
    (["-b", ""], "b:"),
    (["-b", "--"], "b:"),
]
for args, short in cases:
    run(getopt.getopt, args, short)
    run(getopt.gnu_getopt, args, short)
longs = ["verbose", "output=", "out", "color=", "colour=", "v2"]
lcases = [["--verbose"], ["--verb"], ["--output=x.txt"], ["--output", "y"], ["--output"], ["--output="],
          ["--out"], ["--ou", "z"], ["--col=red"], ["--colo"], ["--verbose=1"], ["--nope"], ["--v"],
          ["--output=a=b"], ["--out=3"], ["-v", "--verbose", "arg", "--out"], ["--", "--verbose"], ["--=x"]]
for args in lcases:
    run(getopt.getopt, args, "v", longs)
    run(getopt.gnu_getopt, args, "v", longs)
run(getopt.getopt, ["--help"], "", "help")
run(getopt.getopt, ["--he"], "", "help=")
run(getopt.getopt, ["--he", "x"], "", ("help=", "hello"))
run(getopt.gnu_getopt, ["a", "-x", "b", "--all", "c", "--", "-y"], "xy", ["all"])
run(getopt.gnu_getopt, ["a", "-x", "b"], "+x")
run(getopt.gnu_getopt, ["-x", "a", "-x"], "+x")
run(getopt.gnu_getopt, ["-x", "a", "-x"], "x")
run(getopt.gnu_getopt, ["-x", "a", "-x"], "x")
e = getopt.GetoptError("m")
print(repr(e.opt), e.args, str(e), getopt.error is getopt.GetoptError, getopt.GetoptError.msg, getopt.GetoptError.opt)
print(issubclass(getopt.GetoptError, Exception), getopt.__all__)
print(getopt.getopt(("-a", "x"), "a"), getopt.getopt(iter(["-a"]), "a") if False else None)
