# sys.exit() with exception instances: a SystemExit is raised as it is, any other
# exception becomes the code of a new SystemExit; the final exit uses the `code` attribute.
import sys


class AppExit(SystemExit):
    """An application's own exit, carrying a reason besides the status."""

    def __init__(self, status, reason):
        super().__init__(status)
        self.reason = reason


def attempt(label, arg):
    try:
        sys.exit(arg)
    except BaseException as e:
        code = e.code if isinstance(e, SystemExit) else "-"
        print(f"{label:>12}: {type(e).__name__} args={e.args!r} code={code!r} same={e is arg}")
        return e


attempt("SystemExit4", SystemExit(4))
attempt("bare", SystemExit())
attempt("two args", SystemExit(1, 2))
attempt("ValueError", ValueError("v"))
attempt("KbdInt", KeyboardInterrupt())
attempt("class", SystemExit)
got = attempt("AppExit", AppExit(3, "config missing"))
print("reason:", got.reason, "status:", got.code)
attempt("tuple", (1, 2))
attempt("str", "bye")
attempt("None", None)

# `code` can be reassigned; args stay as they were.
e = SystemExit(3)
e.code = 5
print(e.args, e.code)
e.code = 9
print("final status will be", e.code)
sys.stdout.flush()
sys.exit(e)
