"""_thread for pyseal: the low-level thread interface, on top of pyseal's threading.

Threads are pyseal's cooperative threads (see threading). A thread started here is not joined
at exit, as in CPython, and an exception that ends it is reported as an unraisable exception
("Exception ignored in thread started by: ...").
"""

import sys as _sys
import threading as _threading

__all__ = [
    'LockType', 'RLock', 'TIMEOUT_MAX', 'allocate', 'allocate_lock', 'error', 'exit',
    'exit_thread', 'get_ident', 'get_native_id', 'interrupt_main', 'stack_size',
    'start_new', 'start_new_thread',
]

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading._Lock
RLock = _threading._RLock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading.ExceptHookArgs


def allocate_lock():
    """A new lock object (threading.Lock)."""
    return LockType()


allocate = allocate_lock


class _RawThread(_threading.Thread):
    """A thread from start_new_thread: a daemon, named like CPython's dummy threads."""

    def __init__(self, function, args, kwargs):
        super().__init__(name=_threading._newname('Dummy-%d'), daemon=True)
        self._function = function
        self._call_args = args
        self._call_kwargs = kwargs

    def run(self):
        try:
            self._function(*self._call_args, **self._call_kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report_unraisable(self._function, exc)


def _report_unraisable(function, exc):
    import traceback
    _sys.stdout.flush()
    stream = _sys.stderr
    stream.write('Exception ignored in thread started by: %r\n' % (function,))
    # The traceback starts in the function, as CPython calls it from C.
    traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=stream)
    stream.flush()


def start_new_thread(function, args, kwargs=None, /):
    """Starts a thread that calls function(*args, **kwargs); returns its identifier."""
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if not callable(function):
        raise TypeError('first arg must be callable')
    t = _RawThread(function, args, kwargs or {})
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    """Ends the calling thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    """Raises KeyboardInterrupt in the main thread, as SIGINT's default handler would.

    Called from the main thread, it raises at once; from another thread, when the main
    thread next gets control back. pyseal simulates SIGINT (2) only.
    """
    if signum != 2:
        raise ValueError('pyseal simulates only SIGINT (2) in interrupt_main')
    if _threading.current_thread() is _threading.main_thread():
        raise KeyboardInterrupt
    _threading._interrupt_main = True


def _count():
    """The number of threads started by this module (or threading) still running."""
    return len(_threading._all)
