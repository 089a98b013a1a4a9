# logging.exception and exc_info: tracebacks of caught errors in a log on stdout, levels,
# custom level names, a second handler with its own format, and a bad format argument.
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: tracebacks name the script by its absolute
    path, and the golden must not depend on where the suite is checked out."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()


_sys.stdout = _ScrubDir(_sys.stdout)

import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
def risky(x):
    return 10 / x
for v in [1, 0, "a"]:
    try:
        print(risky(v))
    except Exception:
        log.exception("failed for %r", v)
try:
    risky(0)
except ZeroDivisionError as e:
    log.error("error: %s", e, exc_info=True)
    log.warning("warn with exc", exc_info=e)
    log.info("info %d", 5)
    log.debug("dbg")
log.critical("crit %s %s", 1, 2)
logging.error("root error")
try:
    {}["k"]
except KeyError:
    logging.exception("root exc")
log.error("stack", stack_info=False)
log.log(25, "level 25")
logging.addLevelName(25, "NOTICE")
log.log(25, "level 25 named")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(funcName)s %(lineno)d %(message)s"))
l2 = logging.getLogger("x.y")
l2.propagate = False
l2.addHandler(h)
def fn():
    try:
        int("bad")
    except ValueError:
        l2.exception("parse")
fn()
log.error("bad fmt %d", "x")
print("end")
