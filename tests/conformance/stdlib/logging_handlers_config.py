# logging.handlers and logging.config: rotating files, memory and queue handlers (with a
# QueueListener thread), dictConfig and fileConfig.
import logging, logging.handlers, logging.config, sys, os, io
base = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
path = os.path.join(base, "app.log")
for f in os.listdir(base):
    if f.startswith("app.log"):
        os.remove(os.path.join(base, f))
log = logging.getLogger("rot")
log.setLevel(logging.DEBUG)
h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(h)
for i in range(12):
    log.info("message number %d", i)
h.close()
for name in sorted(f for f in os.listdir(base) if f.startswith("app.log")):
    with open(os.path.join(base, name)) as f:
        print(name, f.read().splitlines())
mem_target = logging.StreamHandler(sys.stdout)
mem_target.setFormatter(logging.Formatter("MEM %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
ml = logging.getLogger("mem"); ml.addHandler(mem); ml.setLevel(logging.DEBUG); ml.propagate = False
ml.info("one"); ml.info("two"); print("-- buffered", len(mem.buffer)); ml.error("boom"); print("-- after error", len(mem.buffer))
import queue
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q"); ql.addHandler(qh); ql.setLevel(logging.INFO); ql.propagate = False
out = logging.StreamHandler(sys.stdout); out.setFormatter(logging.Formatter("Q %(name)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
ql.info("queued %s", "a"); ql.warning("queued b")
listener.start(); listener.stop()
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "[%(name)s] %(levelname)-7s %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short", "level": "DEBUG"}},
    "loggers": {"app": {"level": "DEBUG", "handlers": ["out"], "propagate": False}, "app.db": {"level": "WARNING"}},
    "root": {"level": "ERROR", "handlers": []},
})
logging.getLogger("app").debug("configured")
logging.getLogger("app.db").info("hidden")
logging.getLogger("app.db").warning("shown via parent")
logging.getLogger("other").error("root has no handlers")
ini = io.StringIO("""[loggers]
keys=root,svc
[handlers]
keys=console
[formatters]
keys=plain
[logger_root]
level=WARNING
handlers=console
[logger_svc]
level=INFO
handlers=console
qualname=svc
propagate=0
[handler_console]
class=StreamHandler
level=INFO
formatter=plain
args=(sys.stdout,)
[formatter_plain]
format=INI %(name)s:%(message)s
""")
logging.config.fileConfig(ini)
logging.getLogger("svc").info("from ini")
logging.getLogger().warning("root from ini")
