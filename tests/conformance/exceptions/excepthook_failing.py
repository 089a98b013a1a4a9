# A sys.excepthook that itself fails: CPython reports the hook's error, then the original
# exception, whose line is the last one on stderr.
import sys


def hook(exc_type, exc, tb):
    print("hook called with", exc_type.__name__)
    raise RuntimeError("the hook broke")


sys.excepthook = hook
print("working")
raise ValueError("the original problem")
