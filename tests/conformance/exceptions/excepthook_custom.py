# A crash reporter installed as sys.excepthook: the default hook is reachable as
# sys.__excepthook__ and prints to the current sys.stderr; the custom hook runs for the
# uncaught exception (the exit status stays 1).
import io
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
try:
    {"a": 1}["b"]
except KeyError:
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    sys.excepthook(*sys.exc_info())
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], "|", lines[-1])
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)

reports = []


def reporter(exc_type, exc, tb):
    reports.append(exc_type.__name__)
    print(f"crash report: {exc_type.__name__}: {exc} (traceback: {tb is not None})")
    print("frames:", tb.tb_frame.f_code.co_name if tb else None)
    sys.__excepthook__(exc_type, exc, tb)


sys.excepthook = reporter


def load(path):
    raise FileNotFoundError(2, "No such file or directory", path)


load("config.ini")
