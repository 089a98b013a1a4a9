# logging: levels, the hierarchy, handlers to stdout, formatter styles, filters, adapters.
import os as _os
import sys as _sys
_HERE = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep


class _StripDir:
    """Drops this program's directory from what it prints, so the output is the same in
    any checkout."""

    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(_HERE, ""))

    def flush(self):
        self.out.flush()


_sys.stdout = _StripDir(_sys.stdout)

import logging, sys
logging.warning("root warning %s", 1)
logging.info("hidden")
logger = logging.getLogger("app")
print(logger, logging.getLogger(), logger.parent, logger.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
def work(n):
    logger.debug("working on %d", n)
    if n > 1:
        logger.warning("big n=%(n)s", {"n": n})
work(1); work(2)
child = logging.getLogger("app.db")
child.info("child message %s and %r", "a", "b")
child.propagate = False
child.error("not shown (no handler, lastResort to stderr)")
print(child, child.parent is logger, logging.getLogger("app.db") is child, child.hasHandlers())
fmt2 = logging.Formatter("{levelname}|{name}|{message}", style="{")
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(fmt2); h2.setLevel(logging.ERROR)
logger.addHandler(h2)
logger.error("to both")
logger.info("only first")
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    logger.exception("failed: %s", "division")
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.msg.count("x") % 2 == 0
h.addFilter(OnlyEven())
logger.warning("x"); logger.warning("xx")
h.removeFilter(h.filters[0])
adapter = logging.LoggerAdapter(logger, {"user": "bob"})
adapter.info("adapted")
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
logger.info("extra", extra={"user": "ann"})
h.setFormatter(logging.Formatter("$levelname - $message", style="$"))
logger.critical("templated")
logging.disable(logging.CRITICAL)
logger.critical("disabled")
logging.disable(logging.NOTSET)
logger.log(15, "level 15")
logging.addLevelName(15, "VERBOSE")
logger.log(15, "level 15 named")
h.setFormatter(logging.Formatter("%(levelname)s %(levelno)d %(module)s %(filename)s %(message)s"))
logger.info("fields")
print(repr(h), repr(logging.Formatter().format(logging.makeLogRecord({"msg": "mk", "levelname": "X"}))))
try: logging.Formatter("no fields")
except ValueError as e: print(e)
try: logger.setLevel("LOUD")
except ValueError as e: print(e)
r = logging.LogRecord("n", logging.INFO, "/p/f.py", 7, "m %s", ("a",), None)
print(r.getMessage(), r.filename, r.module, r.levelname, r)
logging.basicConfig(level=logging.DEBUG, format="%(message)s", stream=sys.stdout)
logging.debug("ignored because root already configured")
logging.basicConfig(level=logging.DEBUG, format="BC %(message)s", stream=sys.stdout, force=True)
logging.debug("now configured")
logging.getLogger("x.y.z").info("deep")
print(logging.getLogger("x.y").parent, logging.getLogger("x.y.z").parent)
