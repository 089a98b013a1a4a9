# logging: basicConfig to stdout, a FileHandler with its own level and format, exception(),
# filters, custom levels, disable(), propagate=False and a stderr handler.
import logging, sys, os
base = sys.argv[1]
logfile = os.path.join(base, "app.log")
class PathFree:
    """stdout with this script's directory left out of traceback lines (goldens are path-free)."""
    def __init__(self, out):
        self.out = out
        self.prefix = os.path.dirname(os.path.abspath(__file__)) + os.sep
    def write(self, text):
        return self.out.write(text.replace(self.prefix, ""))
    def flush(self):
        self.out.flush()
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", stream=PathFree(sys.stdout))
log = logging.getLogger("app")
log.debug("starting %d workers", 3)
log.info("hello %s", "world")
sub = logging.getLogger("app.db")
sub.warning("slow query: %.2f s", 1.2345)
fh = logging.FileHandler(logfile, mode="w")
fh.setLevel(logging.WARNING)
fh.setFormatter(logging.Formatter("[%(levelname)s] %(name)s|%(funcName)s|%(lineno)d|%(message)s"))
log.addHandler(fh)
def work():
    log.error("failed with code %r", 42)
    sub.critical("db down")
    log.info("only stdout")
work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("oops")
fh.close()
with open(logfile) as f:
    for line in f:
        print("FILE:", line.rstrip().replace(PathFree(None).prefix, ""))
log.removeHandler(fh)
log.setLevel(logging.ERROR)
log.warning("suppressed")
log.error("shown")
print(log.getEffectiveLevel(), sub.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"))
print(log.isEnabledFor(logging.INFO), sub.isEnabledFor(logging.INFO), sub.parent.name, log.parent.name)
err = logging.StreamHandler(sys.stderr)
other = logging.getLogger("other")
other.propagate = False
other.addHandler(err)
other.warning("to stderr")
class Filt(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(message)s (%(levelno)s)"))
h2.addFilter(Filt())
q = logging.getLogger("q")
q.propagate = False
q.addHandler(h2)
q.warning("public")
q.warning("secret stuff")
q.warning("%s and %s", "a", "b")
q.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
h2.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
q.log(25, "named level")
logging.disable(logging.CRITICAL)
q.critical("disabled")
logging.disable(logging.NOTSET)
q.critical("enabled")
print(repr(log), repr(logging.getLogger()), repr(h2)[:20])
logging.warning("root warning")
