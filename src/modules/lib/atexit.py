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
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            traceback.print_exception(exc, file=sys.stderr)
