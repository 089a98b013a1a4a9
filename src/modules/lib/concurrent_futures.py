"""concurrent.futures for pyseal: executors whose calls run on pyseal's threads (see threading).

A submitted call goes to the pool's queue; an idle worker thread takes it, or a new worker
starts (up to max_workers) and runs it at once, until it waits or ends; the rest runs whenever
the submitter waits (a result, a wait(), shutdown). ProcessPoolExecutor runs its calls the
same way, on threads.
"""

import threading as _threading
import collections as _collections
import itertools as _itertools

__all__ = [
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
    'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
    'ThreadPoolExecutor', 'InvalidStateError',
]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: 'pending', _RUNNING: 'running', _CANCELLED: 'cancelled',
    _CANCELLED_AND_NOTIFIED: 'cancelled', _FINISHED: 'finished',
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""


for _c in (Error, CancelledError, InvalidStateError):
    _c.__module__ = 'concurrent.futures._base'
BrokenExecutor.__module__ = 'concurrent.futures._base'


class Future:
    """The outcome of a call submitted to an executor."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception:
                return (f'<{type(self).__name__} at {id(self):#x} state=finished raised '
                        f'{type(self._exception).__name__}>')
            return (f'<{type(self).__name__} at {id(self):#x} state=finished returned '
                    f'{type(self._result).__name__}>')
        return (f'<{type(self).__name__} at {id(self):#x} '
                f'state={_STATE_TO_DESCRIPTION_MAP[self._state]}>')

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _wait(self, timeout):
        if not self.done():
            _threading._wait_until(self.done, timeout)

    def result(self, timeout=None):
        self._wait(timeout)
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Future.__module__ = 'concurrent.futures._base'


class Executor:
    """Runs calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            index = 0
            try:
                for index, future in enumerate(fs):
                    yield future.result(timeout)
                index = len(fs)
            finally:
                # Abandoned early: the calls not yet started never run.
                for future in fs[index + 1:]:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    """One submitted call, waiting in a pool's queue for a worker thread."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed: the pool can run nothing more."""


BrokenThreadPool.__module__ = 'concurrent.futures.thread'

_interpreter_exiting = False
_live_pools = []   # pools with worker threads, woken and joined at exit


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger('concurrent.futures').critical(
                'Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor._idle_semaphore.release()
            continue
        if _interpreter_exiting or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)  # wakes the next worker, which ends too
            return


def _python_exit():
    """At exit, before the other threads are joined: the pools finish their queued calls."""
    global _interpreter_exiting
    _interpreter_exiting = True
    pools = list(_live_pools)
    for pool in pools:
        pool._work_queue.put(None)
    for pool in pools:
        for t in pool._threads:
            t.join()


_threading._register_atexit(_python_exit)


class ThreadPoolExecutor(Executor):
    """Runs the submitted calls on at most max_workers threads, started as they are needed."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        import queue
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._thread_name_prefix = (thread_name_prefix or
                                    f'ThreadPoolExecutor-{self._counter()}')
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _interpreter_exiting:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')
        future = Future()
        self._work_queue.put(_WorkItem(future, fn, args, kwargs))
        self._adjust_thread_count()
        return future

    def _adjust_thread_count(self):
        # An idle worker takes the call (and runs it now, as a free CPU would); otherwise a
        # new worker starts, up to max_workers, and runs it at once.
        if self._idle_semaphore.acquire(timeout=0):
            _threading._run_ready()
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = _threading.Thread(name=f'{self._thread_name_prefix}_{num_threads}',
                                  target=_worker,
                                  args=(self, self._work_queue, self._initializer,
                                        self._initargs))
            if not self._threads:
                _live_pools.append(self)
            self._threads.add(t)
            t.start()

    def _initializer_failed(self):
        self._broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        while not self._work_queue.empty():
            item = self._work_queue.get_nowait()
            if item is not None:
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while not self._work_queue.empty():
                item = self._work_queue.get_nowait()
                if item is not None:
                    item.future.cancel()
        self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            if self in _live_pools:
                _live_pools.remove(self)


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Runs each call like ThreadPoolExecutor (pyseal has no worker processes)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        super().__init__(max_workers, '', initializer, initargs)


DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns the named pair of sets (done, not_done)."""
    fs = set(fs)

    def finished():
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            if any(not f.cancelled() and f._exception is not None for f in done):
                return True
        return len(done) == len(fs)

    if not finished():
        _threading._wait_until(finished, timeout)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """The futures, each as it completes (the finished ones first)."""
    fs = list(dict.fromkeys(fs))
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    for f in done:
        yield f
    while pending:
        _threading._wait_until(lambda: any(f.done() for f in pending), timeout)
        ready = [f for f in pending if f.done()]
        if not ready:
            raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures unfinished')
        for f in ready:
            pending.remove(f)
            yield f
