# logging: level names, LogRecord fields and dict arguments, Formatter styles/validation/defaults,
# exception and stack text appended to messages, BufferingFormatter, Filter name matching.
import logging, sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

print([getattr(logging, n) for n in ["CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET"]])
for v in [50, 40, 30, 20, 10, 0, 35, "INFO", "WARN", "FATAL", "nope", None, 2.5]:
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), sorted(logging.getLevelNamesMapping().items()))
for lv in [10, "DEBUG", "debug", 3.0, None, "NOTICE"]:
    show(lambda: logging.getLogger("lv").setLevel(lv))
    print(logging.getLogger("lv").level)

# LogRecord
r = logging.LogRecord("n.x", 20, "/a/b/mod.py", 12, "hello %s %d", ("w", 3), None, "fn", None)
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.getMessage(), r.exc_info, r.exc_text, r.stack_info)
print(repr(r).replace("/a/b/", "P/"), r.thread is not None, r.threadName, r.processName, type(r.msecs).__name__, type(r.relativeCreated).__name__)
r = logging.LogRecord("n", 20, "noext", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r.getMessage(), r.args, r.module, r.filename, r.funcName)
r = logging.LogRecord("n", 20, "x.py", 1, "%s", ({},), None)
print(r.getMessage(), r.args)
r = logging.LogRecord("n", 20, "x.py", 1, 42, (), None)
print(repr(r.getMessage()))
r = logging.LogRecord("n", 20, None, 1, "m", None, None)
print(r.filename, r.module, r.getMessage())
r = logging.makeLogRecord({"msg": "made %s", "args": ("it",), "levelno": 40, "custom": 1})
print(r.getMessage(), r.levelno, r.levelname, r.name, r.custom, r.pathname, r.lineno)

# Formatter
class Fixed(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "TIME(%s)" % datefmt
f = Fixed("%(asctime)s|%(levelname)-8s|%(name)s|%(message)s", datefmt="%H")
r = logging.LogRecord("app", 30, "x.py", 5, "msg %s", ("A",), None)
print(f.format(r), f.usesTime(), logging.Formatter("%(message)s").usesTime())
r.stack_info = "Stack here"
print(repr(f.format(r)))
r.exc_text = "EXC TEXT\n"
print(repr(f.format(r)))
f2 = logging.Formatter("{levelname}:{message}", style="{")
r = logging.LogRecord("app", 30, "x.py", 5, "end\n", None, None)
r.stack_info = "S"
print(repr(f2.format(r)))
try:
    1 / 0
except ZeroDivisionError:
    r = logging.LogRecord("app", 40, "x.py", 5, "boom", None, sys.exc_info())
out = logging.Formatter("%(message)s").format(r)
print(out.splitlines()[0], out.splitlines()[-1], r.exc_text.splitlines()[-1])
for fmt, style in [("%(message)s", "%"), ("{message}", "{"), ("${message}", "$"), ("plain", "%"), ("plain", "{"), ("plain", "$"), ("{0!x}", "{"), ("{a:zz}", "{"), ("{", "{"), ("%(x)q", "%"), ("m", "#")]:
    show(lambda: logging.Formatter(fmt, style=style)._fmt)
show(lambda: logging.Formatter("%(nothere)s").format(logging.makeLogRecord({})))
print(logging.Formatter("%(x)s|%(message)s", defaults={"x": "DX"}).format(logging.makeLogRecord({"msg": "m"})))
print(logging.Formatter("{x}|{message}", style="{", defaults={"x": "DX"}).format(logging.makeLogRecord({"msg": "m"})))
print(logging.Formatter("$x|${message}", style="$", defaults={"x": "DX"}).format(logging.makeLogRecord({"msg": "m"})))
print(logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt, logging.Formatter()._fmt)
print(logging.Formatter("$asctime", style="$").usesTime(), logging.Formatter("${asctime}", style="$").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())

# BufferingFormatter
class BF(logging.BufferingFormatter):
    def formatHeader(self, records): return "H%d[" % len(records)
    def formatFooter(self, records): return "]F"
recs = [logging.makeLogRecord({"msg": "r%d" % i}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(recs)), repr(BF(logging.Formatter("<%(message)s>")).format(recs)), repr(BF().format([])))

# Filters
fl = logging.Filter("a.b")
for n in ["a.b", "a.b.c", "a.bc", "a", "x.a.b", "a.b."]:
    print(n, fl.filter(logging.makeLogRecord({"name": n})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "z"})))
