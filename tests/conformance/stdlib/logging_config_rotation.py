# logging: basicConfig to a file then force=True, '{' style, adapters, extra, dictConfig,
# MemoryHandler, RotatingFileHandler backups, LogRecord fields.
import logging, logging.config, logging.handlers, sys, os, io
base = sys.argv[1]
lf = os.path.join(base, "run.log")
logging.basicConfig(filename=lf, filemode="w", level=logging.INFO, format="{levelname}:{name}:{message}", style="{")
root = logging.getLogger()
print(len(root.handlers), type(root.handlers[0]).__name__, root.level)
logging.info("to file %s", 1)
logging.debug("not shown")
logging.getLogger("a.b.c").warning("deep")
logging.basicConfig(level=logging.DEBUG)  # no effect
print(root.level)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(message)s", force=True)
print(len(root.handlers), root.level)
logging.debug("now on stdout")
print(open(lf).read(), end="")
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(module)s %(filename)s"))
lg = logging.getLogger("cap")
lg.addHandler(h)
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.debug("dbg"); lg.info("inf"); lg.warning("wrn %d%%", 50)
lg.info({"a": 1}); lg.info("args %s", {"x": 1})
lg.info("%(k)s-%(v)s", {"k": "K", "v": "V"})
print(stream.getvalue(), end="")
adapter = logging.LoggerAdapter(lg, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s says %(message)s"))
adapter.info("hi")
lg.info("extra", extra={"user": "eve"})
print(stream.getvalue().splitlines()[-2:])
try:
    lg.info("bad %d", "x")
except Exception as e:
    print("raised", e)
logging.config.dictConfig({
    "version": 1,
    "formatters": {"short": {"format": "[%(levelname).1s] %(name)s - %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short", "level": "INFO"}},
    "loggers": {"svc": {"handlers": ["out"], "level": "DEBUG", "propagate": False}},
})
svc = logging.getLogger("svc")
svc.debug("hidden by handler level")
svc.info("info line")
svc.error("error line")
logging.getLogger("svc.child").critical("from child")
mh = logging.handlers.MemoryHandler(capacity=2, target=logging.StreamHandler(sys.stdout))
mh.setFormatter(logging.Formatter("mem: %(message)s"))
ml = logging.getLogger("mem"); ml.propagate = False; ml.addHandler(mh)
ml.warning("one")
print("between")
ml.warning("two")
rf = os.path.join(base, "rot.log")
rh = logging.handlers.RotatingFileHandler(rf, maxBytes=40, backupCount=2)
rl = logging.getLogger("rot"); rl.propagate = False; rl.addHandler(rh)
for i in range(6):
    rl.warning("message number %d", i)
rh.close()
print(sorted(os.listdir(base)))
for n in sorted(os.listdir(base)):
    if n.startswith("rot"):
        print(n, repr(open(os.path.join(base, n)).read()))
print(logging.getLevelName(5), logging.getLevelName("NOPE"), logging.WARN, logging.FATAL)
r = logging.LogRecord("n", logging.INFO, "/p/f.py", 10, "msg %s", ("a",), None)
print(r.getMessage(), r.levelname, r.filename, r.module, r.lineno, r.name)
logging.shutdown()
