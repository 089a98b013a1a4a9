import logging, sys, io

root_stream = io.StringIO()
logging.basicConfig(stream=root_stream, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
log.debug("hidden")
log.info("started %s with %d workers", "app", 4)
log.warning("disk at %.1f%%", 93.456)
db = logging.getLogger("app.db")
db.error("connection lost")
print(db.parent.name, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))
db.setLevel(logging.DEBUG)
db.debug("now visible? %s", "yes")
print(root_stream.getvalue(), end="")

print("--- custom handler and formatter")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(name)s|%(levelname)s|%(funcName)s|%(lineno)s] %(message)s"))
h.setLevel(logging.WARNING)
svc = logging.getLogger("svc")
svc.addHandler(h)
svc.propagate = False
svc.setLevel(logging.DEBUG)

def work():
    svc.info("info dropped by handler")
    svc.warning("careful")
    try:
        1 / 0
    except ZeroDivisionError:
        svc.exception("failed to divide")
work()
lines = buf.getvalue().splitlines()
for line in lines:
    if line.startswith("  File"):
        line = "  File <...>"
    print(line)

print("--- filters and records")
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.msg_id % 2 == 0 if hasattr(record, "msg_id") else True

buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.setFormatter(logging.Formatter("%(msg_id)s:%(message)s"))
f = logging.getLogger("filtered")
f.addHandler(h2)
f.addFilter(OnlyEven())
f.propagate = False
for i in range(5):
    f.warning("message %d", i, extra={"msg_id": i})
print(buf2.getvalue(), end="")
print(logging.getLogger("filtered") is f, logging.getLogger() is logging.root, logging.root.name)
print(logging.getLevelName(25), logging.getLevelName("ERROR"), logging.WARN, logging.FATAL)
logging.addLevelName(25, "NOTICE")
g = logging.getLogger("app.notice")
g.log(25, "a notice")
print(root_stream.getvalue().splitlines()[-1])
print(g.isEnabledFor(logging.DEBUG), g.isEnabledFor(logging.ERROR), logging.getLogger("app").level)
logging.disable(logging.ERROR)
log.error("disabled")
logging.disable(logging.NOTSET)
log.error("enabled again")
print(root_stream.getvalue().splitlines()[-1])
r = logging.LogRecord("n", logging.INFO, "p.py", 10, "x=%s y=%s", (1, 2), None)
print(r.getMessage(), r.levelname, r.name, r.lineno)
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{levelname}:{message}", style="{").format(r))
print(logging.Formatter("$levelname $message", style="$").format(r))
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("OUT %(levelname)s %(message)s"))
logging.getLogger("to_stdout").addHandler(h3)
logging.getLogger("to_stdout").warning("to the real stdout")
logging.getLogger("to_stdout").critical("stop %s", {"a": 1})
print(repr(logging.getLogger("app.db")), repr(h3).startswith("<StreamHandler"))
