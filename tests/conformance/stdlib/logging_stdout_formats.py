# logging to stdout: basicConfig formats, levels, child loggers, filters, adapters, styles,
# custom levels, disable(), formatter errors, and a bad format argument (reported on stderr).
import logging, sys, io

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s:%(lineno)d %(funcName)s | %(message)s")
class ShortExc(logging.Formatter):
    # The traceback would show the program's path; one line is enough here.
    def formatException(self, ei):
        return "EXC %s: %s" % (ei[0].__name__, ei[1])


logging.getLogger().handlers[0].setFormatter(
    ShortExc("%(levelname)-8s %(name)s:%(lineno)d %(funcName)s | %(message)s"))
log = logging.getLogger("app")
log.debug("starting %s with %d workers", "pool", 4)
def work(x):
    log.info("working on %r", x)
    if x < 0:
        log.warning("negative value: %s", x)
    return x * 2
for v in (1, -2):
    work(v)
child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)
child.info("hidden")
child.error("connection lost (attempt %d/%d)", 2, 5)
print(child.getEffectiveLevel(), child.parent.name, child.isEnabledFor(logging.INFO))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed to divide")
print("---")
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.INFO)
other.info("brace style %s", "ok")
other.critical("boom")
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.msg.count("x") % 2 == 0
other.addFilter(OnlyEven())
other.info("x")
other.info("xx")
print(stream.getvalue(), end="")
print("---")
adapter = logging.LoggerAdapter(log, {"req": 42})
adapter.info("adapted %s", "msg")
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
log.log(25, "a notice")
print(logging.getLevelName(25))
tfmt = logging.Formatter("$levelname - $message", style="$")
rec = logging.LogRecord("n", logging.INFO, "f.py", 10, "hello %s", ("there",), None)
print(tfmt.format(rec))
print(rec.getMessage(), rec.levelno, rec.name, rec.pathname, rec.lineno)
print(repr(log), repr(logging.getLogger()), repr(h))
log.disabled = False
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still shown")
logging.disable(logging.NOTSET)
root = logging.getLogger()
print([type(x).__name__ for x in root.handlers], root.level)
logging.warning("root warn %d%%", 50)
logging.info("root info")
try:
    logging.Formatter("%(foo)s").format(rec)
except ValueError as e:
    print("ValueError", e)
for bad in ["{x", "{x!z}", "{x:qq}", "{a-b}", "no fields", "}", "{message:>10}{0[1]}"]:
    try:
        logging.Formatter(bad, style="{")
        print("valid:", bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["%(x)q", "plain", "%(name)-10s"]:
    try:
        logging.Formatter(bad)
        print("valid:", bad)
    except ValueError as e:
        print("ValueError", e)
log.info("bad args %d", "x")
print("end")
