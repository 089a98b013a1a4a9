# logging: loggers created child-first (placeholders fixed up), propagation and handler levels,
# disable(), filters (objects and callables), extra=, exc_info forms, stacklevel/funcName,
# LoggerAdapter.process, Handler/StreamHandler/NullHandler basics, last resort, logger class.
import logging, sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag
    def emit(self, record):
        print("  [%s] %s %s: %s" % (self.tag, record.levelname, record.name, self.format(record)))

# hierarchy: children created before parents, placeholders fixed up
c = logging.getLogger("p.q.r")
d = logging.getLogger("p.q.s.t")
print(c.parent.name, d.parent.name)
q = logging.getLogger("p.q")
print(c.parent.name, d.parent.name, q.parent.name)
p = logging.getLogger("p")
print(q.parent.name, p.parent.name, c.parent.name)
s = logging.getLogger("p.q.s")
print(d.parent.name, s.parent.name)
print(logging.getLogger("p.q") is q, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("p")))
print(type(logging.Logger.manager.loggerDict["p.q"]).__name__)
show(lambda: logging.getLogger(5))
print(q.getChild("z").name, logging.root.getChild("top").name, logging.root.getChild("top").parent is logging.root)
print(repr(c), repr(logging.root), repr(q))

# levels and handlers
h1 = ListHandler("P", logging.INFO)
p.addHandler(h1); p.addHandler(h1)
print(len(p.handlers), repr(h1))
q.setLevel("DEBUG")
c.debug("debug %s", 1)
c.info("info")
q.propagate = False
h2 = ListHandler("Q")
q.addHandler(h2)
c.warning("warn %d%%", 5)
c.error("err", exc_info=False)
q.propagate = True
c.critical("crit")
c.log(15, "level15")
show(lambda: c.log("INFO", "x"))
print(c.getEffectiveLevel(), p.getEffectiveLevel(), logging.root.getEffectiveLevel(), c.isEnabledFor(5), c.isEnabledFor(10))
print(c.hasHandlers(), logging.getLogger("zz").hasHandlers())
q.removeHandler(h2); q.removeHandler(h2)
print(len(q.handlers))
c.fatal("fatal!")

# disable
logging.disable(logging.ERROR)
c.error("hidden")
c.critical("shown")
logging.disable(logging.NOTSET)
c.disabled = True
c.critical("disabled")
c.disabled = False

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2
c.addFilter(OnlyOdd())
for i in range(4):
    c.warning("n=%d", i)
c.filters.clear()
h1.addFilter(lambda rec: "skip" not in rec.msg)
c.warning("please skip")
c.warning("keep")
h1.filters.clear()

# extra / makeRecord
c.warning("extra %(k)s", {"k": "v"})
h1.setFormatter(logging.Formatter("%(message)s <%(user)s>"))
c.warning("hi", extra={"user": "bob"})
show(lambda: c.warning("hi", extra={"message": "x"}))
show(lambda: c.warning("hi", extra={"name": "x"}))
h1.setFormatter(None)

# exceptions (tracebacks name this file by its absolute path: keep their last line only)
class LastLine(logging.Formatter):
    def formatException(self, ei):
        text = super().formatException(ei)
        return "%d lines, last: %s" % (len(text.splitlines()), text.splitlines()[-1])
h1.setFormatter(LastLine("%(levelname)s %(message)s"))
try:
    {}["key"]
except KeyError:
    c.exception("caught")
    c.error("with info", exc_info=True)
try:
    raise ValueError("v")
except ValueError as e:
    err = e
c.warning("instance", exc_info=err)
c.warning("tuple", exc_info=(type(err), err, None))
h1.setFormatter(None)

# stack_info & findCaller
rec = []
class Grab(logging.Handler):
    def emit(self, record):
        rec.append(record)
g = Grab()
logging.getLogger("grab").addHandler(g)
def helper():
    logging.getLogger("grab").warning("from helper")
    logging.getLogger("grab").warning("level2", stacklevel=2)
helper()
for r in rec:
    print(r.funcName, r.lineno, r.filename, r.module)
logging.getLogger("grab").warning("stack", stack_info=True)
print(rec[-1].stack_info.splitlines()[0])

# LoggerAdapter
class Ad(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs
a = Ad(c, {"id": 7})
a.debug("d"); a.info("i"); a.warning("w"); a.error("e"); a.critical("c"); a.log(30, "l %s", "arg")
print(a.name, repr(a), a.isEnabledFor(10), a.getEffectiveLevel(), a.hasHandlers())
a.setLevel(40)
a.warning("nope")
print(c.level)
b = logging.LoggerAdapter(c, {"user": "zed"})
h1.setFormatter(logging.Formatter("%(message)s/%(user)s"))
b.error("adapted")
h1.setFormatter(None)

# Handler basics
h = logging.Handler()
print(repr(h), h.name, h.level)
h.set_name("nm"); print(h.name, h.get_name())
h.setLevel("WARNING"); print(repr(h))
show(lambda: h.emit(None))
show(lambda: h.setLevel("bogus"))
sh = logging.StreamHandler(sys.stdout)
print(repr(sh))
sh.setFormatter(logging.Formatter("SH %(message)s"))
logging.getLogger("sh").addHandler(sh)
logging.getLogger("sh").warning("to stdout")
print(sh.setStream(sys.stdout), sh.setStream(sys.stderr) is sys.stdout, repr(sh))
nh = logging.NullHandler()
print(nh.handle(None), repr(nh))

# last resort & root
logging.getLogger("lonely").info("dropped")
logging.getLogger("lonely").warning("goes to stderr")
print(logging.lastResort.level, repr(logging.lastResort))
show(lambda: logging.setLoggerClass(int))
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
