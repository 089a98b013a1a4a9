"""signal for pyseal: signal numbers, the handler table, and signals a program raises itself.

signal()/getsignal() keep the table CPython keeps (SIGINT starts with default_int_handler,
SIGPIPE and SIGXFSZ ignored). raise_signal() runs the Python handler of a signal the program
sends itself; with the default disposition SIGINT raises KeyboardInterrupt. The process's
real signal dispositions are not changed: a signal from outside takes its default action,
and alarm()/setitimer() keep time without delivering SIGALRM.
"""

import sys
from enum import IntEnum as _IntEnum

__all__ = ["Signals", "Handlers", "Sigmasks", "signal", "getsignal", "raise_signal",
           "strsignal", "valid_signals", "default_int_handler", "alarm", "pause",
           "SIG_DFL", "SIG_IGN", "NSIG", "set_wakeup_fd", "siginterrupt", "setitimer",
           "getitimer", "ItimerError"]

_SIGNALS = [
    ("SIGHUP", 1, "Hangup"), ("SIGINT", 2, "Interrupt"), ("SIGQUIT", 3, "Quit"),
    ("SIGILL", 4, "Illegal instruction"), ("SIGTRAP", 5, "Trace/breakpoint trap"),
    ("SIGABRT", 6, "Aborted"), ("SIGIOT", 6, None), ("SIGBUS", 7, "Bus error"),
    ("SIGFPE", 8, "Floating point exception"), ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"), ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGUSR2", 12, "User defined signal 2"), ("SIGPIPE", 13, "Broken pipe"),
    ("SIGALRM", 14, "Alarm clock"), ("SIGTERM", 15, "Terminated"),
    ("SIGSTKFLT", 16, "Stack fault"), ("SIGCHLD", 17, "Child exited"), ("SIGCLD", 17, None),
    ("SIGCONT", 18, "Continued"), ("SIGSTOP", 19, "Stopped (signal)"),
    ("SIGTSTP", 20, "Stopped"), ("SIGTTIN", 21, "Stopped (tty input)"),
    ("SIGTTOU", 22, "Stopped (tty output)"), ("SIGURG", 23, "Urgent I/O condition"),
    ("SIGXCPU", 24, "CPU time limit exceeded"), ("SIGXFSZ", 25, "File size limit exceeded"),
    ("SIGVTALRM", 26, "Virtual timer expired"), ("SIGPROF", 27, "Profiling timer expired"),
    ("SIGWINCH", 28, "Window changed"), ("SIGIO", 29, "I/O possible"), ("SIGPOLL", 29, None),
    ("SIGPWR", 30, "Power failure"), ("SIGSYS", 31, "Bad system call"),
    ("SIGRTMIN", 34, None), ("SIGRTMAX", 64, None),
]

Signals = _IntEnum("Signals", [(name, num) for name, num, _ in _SIGNALS], module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module=__name__)
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)],
                    module=__name__)

for _name, _num, _ in _SIGNALS:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_DESCRIPTIONS = {num: text for _, num, text in _SIGNALS if text}
_UNCATCHABLE = (9, 19)
# Signals whose default action is to do nothing.
_IGNORED_BY_DEFAULT = (17, 18, 23, 28)


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {num: SIG_DFL for num in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def _check_signum(signalnum):
    signalnum = int(signalnum.__index__() if not isinstance(signalnum, int) else signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the handler of `signalnum` (a callable, SIG_IGN or SIG_DFL); return the old one."""
    signalnum = _check_signum(signalnum)
    if not callable(handler) and handler not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a "
                        "callable object")
    if signalnum in _UNCATCHABLE:
        raise OSError(22, "Invalid argument")
    old = _handlers[signalnum]
    if not callable(handler):
        handler = _as_enum(handler, Handlers)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """The current handler of `signalnum`."""
    return _handlers[_check_signum(signalnum)]


def strsignal(signalnum, /):
    """The system's description of `signalnum`, or None."""
    signalnum = _check_signum(signalnum)
    if 34 <= signalnum <= 64:
        return "Real-time signal %d" % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    return {_as_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Send `signalnum` to this program: its handler runs now."""
    signalnum = _check_signum(signalnum)
    handler = _handlers[signalnum]
    if callable(handler):
        handler(signalnum, sys._getframe(1))
    elif handler == SIG_DFL and signalnum not in _IGNORED_BY_DEFAULT:
        raise OSError(38, "default action of signal %d is not supported here" % signalnum)


_timer = {"delay": 0.0, "interval": 0.0, "set_at": 0.0}


def _remaining():
    import time
    if not _timer["delay"]:
        return 0.0
    left = _timer["delay"] - (time.monotonic() - _timer["set_at"])
    return max(left, 0.0)


def alarm(seconds, /):
    """Arm (or with 0, cancel) the alarm clock; return the seconds left on the old one."""
    import time
    left = _remaining()
    _timer["delay"] = float(seconds)
    _timer["interval"] = 0.0
    _timer["set_at"] = time.monotonic()
    if left and left < 1:
        return 1
    return int(left + 0.5) if left else 0


def setitimer(which, seconds, interval=0.0, /):
    import time
    old = (_remaining(), _timer["interval"])
    if which == ITIMER_REAL:
        _timer["delay"] = float(seconds)
        _timer["interval"] = float(interval)
        _timer["set_at"] = time.monotonic()
    return old


def getitimer(which, /):
    if which == ITIMER_REAL:
        return (_remaining(), _timer["interval"])
    return (0.0, 0.0)


def pause():
    raise OSError(38, "signal.pause() would wait forever: no signal can arrive here")


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check_signum(signalnum)


def pthread_sigmask(how, mask, /):
    return set()


def sigpending():
    return set()


del _name, _num
