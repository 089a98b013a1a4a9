# logging: basicConfig argument errors, '{' style and level names, one-shot behaviour, force=True,
# filename/filemode, a delayed FileHandler, module-level helpers.
import logging, sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

show(lambda: logging.basicConfig(stream=sys.stdout, filename="x.log"))
show(lambda: logging.basicConfig(handlers=[logging.NullHandler()], stream=sys.stdout))
show(lambda: logging.basicConfig(style="#"))
show(lambda: logging.basicConfig(stream=sys.stdout, bogus=1, other=2))
print(logging.root.handlers)
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout, level="INFO", format="{levelname}|{name}|{message}", style="{")
logging.info("info %s", "x")
logging.debug("no")
logging.warning("w")
logging.error("e")
logging.critical("c")
logging.fatal("f")
logging.log(25, "l25")
try:
    1 / 0
except ZeroDivisionError as e:
    # without the traceback object: no frame lines (they would hold this file's absolute path)
    logging.exception("exc", exc_info=(type(e), e, None))
logging.basicConfig(stream=sys.stderr, format="ignored %(message)s")
logging.info("still stdout")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("forced:%(levelname)s:%(message)s"))
logging.basicConfig(handlers=[h], force=True, level=logging.DEBUG)
logging.debug("after force")
print(len(logging.root.handlers), logging.root.level)
d = sys.argv[1]
logging.basicConfig(filename=d + "/out.log", filemode="w", force=True, format="%(levelname)s %(message)s")
logging.warning("into file")
logging.shutdown()
with open(d + "/out.log") as fh:
    print(repr(fh.read()))
fhd = logging.FileHandler(d + "/lazy.log", mode="w", delay=True)
print(fhd.stream is None)
fhd.setFormatter(logging.Formatter("%(message)s"))
fhd.handle(logging.makeLogRecord({"msg": "lazy"}))
fhd.close()
with open(d + "/lazy.log") as fh:
    print(repr(fh.read()))
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning("default %s", "format")
logging.root.setLevel(logging.NOTSET)
logging.getLogger("a.b").debug("dbg")
