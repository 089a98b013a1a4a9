"""sched for pyseal: a general event scheduler.

A scheduler keeps a priority queue of events, each an (absolute time, priority, sequence
number, action, positional arguments, keyword arguments) named tuple; run() calls the actions
in that order, waiting with delayfunc until each one is due. Time is whatever timefunc
returns, so a simulated clock works as well as a real one.
"""

import heapq as _heapq
import itertools as _itertools
import threading as _threading
import time as _time_module
from collections import namedtuple as _namedtuple

__all__ = ["scheduler"]

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = 'sched'

_NO_KWARGS = object()


class scheduler:
    """Runs actions at their scheduled times, lowest (time, priority) first."""

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        self._queue = []
        self._lock = _threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = _itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at absolute time; returns the event."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules action delay time units from now; returns the event."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes a scheduled event; ValueError when it is not in the queue."""
        with self._lock:
            self._queue.remove(event)
            _heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as they fall due, until none is left.

        With blocking false, runs only the events already due and returns how long until
        the next one (None when none is left). An exception from an action or from delayfunc
        leaves the queue consistent, so run() can be called again.
        """
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                first = queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    _heapq.heappop(queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            self.delayfunc(0)  # lets other threads run between events

    @property
    def queue(self):
        """The scheduled events, in the order they would run (a new list)."""
        with self._lock:
            return sorted(self._queue)
