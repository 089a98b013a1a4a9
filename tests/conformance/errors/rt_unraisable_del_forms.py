# Errors raised by __del__ are reported, not raised, in the form of CPython's unraisable
# hook: the last line is `Type: message` even when the message is empty, and neither
# notes nor "Did you mean" hints are printed. The program carries on and exits normally.
import sys


class Quiet(Exception):
    pass


class Handle:
    value = 1

    def __init__(self, name, mode):
        self.name = name
        self.mode = mode

    def __del__(self):
        print("releasing", self.name)
        if self.mode == "bare":
            raise RuntimeError
        if self.mode == "custom":
            raise Quiet()
        if self.mode == "noted":
            e = ValueError("cannot release")
            e.add_note("this note is not shown")
            raise e
        if self.mode == "typo":
            return self.valeu
        if self.mode == "context":
            try:
                {}["key"]
            except KeyError:
                raise OSError("while handling")


for mode in ["bare", "custom", "noted", "typo", "context", "fine"]:
    h = Handle(mode, mode)
    del h
    print("after", mode)
    sys.stderr.flush()

handles = [Handle(f"item{i}", "fine") for i in range(3)]
handles.clear()
print("cleared list")
last = Handle("last", "custom")
print("end of program")
