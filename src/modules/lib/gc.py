"""gc for pyseal: the collector's switches and counters.

pyseal frees objects by reference counting; collect() runs the finalizers of objects already
dropped and reports no unreachable cycles.
"""

import _gc

__all__ = ["enable", "disable", "isenabled", "collect", "get_count", "get_threshold",
           "set_threshold", "get_debug", "set_debug", "garbage", "callbacks", "DEBUG_STATS",
           "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"]

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return _gc.collect()


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t1 = _threshold[1] if threshold1 is None else threshold1
    t2 = _threshold[2] if threshold2 is None else threshold2
    _threshold = (threshold0, t1, t2)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags
