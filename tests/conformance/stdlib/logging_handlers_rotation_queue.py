# logging.handlers: RotatingFileHandler backups (namer/rotator, delay, no backups), timed rollover
# suffixes and stale-file selection, MemoryHandler/BufferingHandler flushing, QueueHandler.prepare
# and QueueListener dispatch without a thread.
import logging, sys, os, queue
import logging.handlers as H
d = sys.argv[1] + "/rot"
os.makedirs(d, exist_ok=True)
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
path = d + "/app.log"
h = H.RotatingFileHandler(path, maxBytes=30, backupCount=3)
h.setFormatter(logging.Formatter("%(message)s"))
lg = logging.getLogger("rot"); lg.propagate = False; lg.addHandler(h)
for i in range(12):
    lg.warning("message number %02d", i)
h.close()
def dump():
    for f in sorted(os.listdir(d)):
        with open(os.path.join(d, f)) as fh:
            print(f, repr(fh.read()))
dump()
# namer and rotator
lg.removeHandler(h)
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
h = H.RotatingFileHandler(path, maxBytes=25, backupCount=2, delay=True)
h.namer = lambda name: name + ".bak"
def rot(src, dst):
    with open(src) as a, open(dst, "w") as b:
        b.write(a.read().upper())
    os.remove(src)
h.rotator = rot
lg.addHandler(h)
for i in range(6):
    lg.warning("entry %d here", i)
h.close()
dump()
print(h.rotation_filename("x"), H.BaseRotatingHandler.namer)
lg.removeHandler(h)
# zero backups: truncates
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
h = H.RotatingFileHandler(path, maxBytes=20, backupCount=0)
h.doRollover()
h.close()
dump()
# timed: forced rollover, suffix and deletion of old files
for f in os.listdir(d):
    os.remove(os.path.join(d, f))
t = H.TimedRotatingFileHandler(path, when="D", backupCount=1, utc=True)
print(t.suffix, t.interval, t.when, t.extMatch.pattern)
for name in ["app.log.2001-01-01", "app.log.2002-02-02", "app.log.2003-03-03", "app.log.junk"]:
    open(os.path.join(d, name), "w").close()
print([os.path.basename(p) for p in t.getFilesToDelete()])
t.rolloverAt = 86400 * 365 + 86400
t.doRollover()
t.close()
print(sorted(os.listdir(d)))
for w in ["S", "M", "H", "midnight", "W3", "W7", "X", "W", "W10"]:
    try:
        x = H.TimedRotatingFileHandler(path, when=w, interval=2, delay=True)
        print(w, x.interval, x.suffix, getattr(x, "dayOfWeek", None))
    except ValueError as e:
        print(w, e)
# memory / buffering
class Show(logging.Handler):
    def emit(self, record):
        print("  target:", record.getMessage())
m = H.MemoryHandler(3, flushLevel=logging.ERROR, target=Show())
for i, lv in enumerate([20, 20, 40, 20, 20, 20, 20]):
    m.handle(logging.makeLogRecord({"msg": "m%d" % i, "levelno": lv}))
    print("buffered", len(m.buffer))
m.close()
print(m.target)
b = H.BufferingHandler(2)
for i in range(5):
    b.handle(logging.makeLogRecord({"msg": "b%d" % i}))
    print(len(b.buffer), b.shouldFlush(None) if b.buffer else None)
# queue handler and listener (handled directly)
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter("Q:%(levelname)s:%(message)s"))
rec = logging.LogRecord("q", 40, "f.py", 1, "bad %s", ("x",), (ZeroDivisionError, ZeroDivisionError("boom"), None))
qh.setFormatter(logging.Formatter("Q:%(levelname)s:%(message)s:%(exc_info).9s"))
qh.handle(rec)
got = q.get_nowait()
print(got.msg, got.message, got.args, got.exc_info, got.exc_text, got.stack_info, rec.args, rec.msg)
ql = H.QueueListener(q, Show(), respect_handler_level=True)
ql.handle(got)
ql.enqueue_sentinel()
print(q.get_nowait() is None)
q.put(got); q.put(got); ql.enqueue_sentinel()
ql._monitor()
print(q.qsize(), q.unfinished_tasks)
