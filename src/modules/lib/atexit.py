"""atexit for pyseal: functions to call when the interpreter exits.

They run last registered first, after the main program (also after sys.exit() or an uncaught
exception); an exception in one is reported and the others still run.
"""

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    # As CPython does, the threads that are not daemons are joined before any exit function.
    import sys
    threading = sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    """Writes what CPython's default unraisable hook writes for an exception in func.

    Even SystemExit is reported; the traceback starts in func (CPython calls it from C), and
    the last line reads `Type: message` even when the message is empty.
    """
    import sys
    import traceback
    lines = ["Exception ignored in atexit callback: %r\n" % (func,)]
    tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(tb))
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = "%s.%s" % (cls.__module__, name)
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    lines.append("%s: %s\n" % (name, text))
    sys.stderr.write("".join(lines))
