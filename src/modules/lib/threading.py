"""threading for pyseal: cooperative threads, one running at a time.

Each thread but the main one runs on a stack of its own (_fibers) on the interpreter's one
OS thread. A thread runs until it waits (a held lock, a condition, an event, a queue, a join,
time.sleep) or ends; start() runs the new thread at once, until it waits or ends. Waiting
threads are resumed in the order they started, as soon as what they wait for is there. Only
the main thread switches stacks: a waiting thread hands control back to it, and the main
thread, whenever it waits itself, runs the others. When no thread can go on and none waits
with a timeout, the main thread's wait raises RuntimeError('deadlock: ...') instead of hanging.
"""

import sys as _sys
import _fibers
from _time import monotonic as _monotonic, sleep as _real_sleep

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
    'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
    'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
    'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
    'gettrace',
]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_by_fiber = {}     # fiber id -> its Thread, for the started threads not yet finished
_runq = []         # those threads, in the order they are given turns
_all = []          # started threads not yet finished (without the main thread)
_counter = 0
_ident_counter = 0
_deadlocked = False
_shut_down = False  # _shutdown() ran
_interrupt_main = False  # _thread.interrupt_main() was called from another thread


def _new_ident():
    global _ident_counter
    _ident_counter += 1
    return 139_000_000_000_000 + _ident_counter * 4096


def _current():
    fid = _fibers.current()
    if fid == 0:
        return _main_thread
    return _by_fiber[fid]


def _can_run(t, now):
    """Whether thread t (not running) may be resumed: not waiting, or its wait is over."""
    wait = t._wait
    if wait is None:
        return True
    ready, deadline = wait
    return ready() or (deadline is not None and now >= deadline)


def _resume(t):
    """Runs thread t (from the main thread) until it waits or ends."""
    _runq.remove(t)
    _runq.append(t)
    if _fibers.resume(t._fid):
        _by_fiber.pop(t._fid, None)
        if t in _runq:
            _runq.remove(t)


def _preempt_main():
    """The main thread has used its time slice while other threads could run (the eval loop
    calls this): each of them gets a turn. Not while the main thread waits: it is then
    handing out turns itself."""
    if _main_thread._wait is not None:
        return
    now = _monotonic()
    for t in list(_runq):
        if t in _runq and _can_run(t, now):
            _resume(t)


def _next_runnable(now):
    """The thread to run next: a new one, then one not waiting, then one whose wait is over
    (what it waits for is there, or else its timeout has passed, earliest deadline first)."""
    for t in _runq:
        if t._fresh:
            return t
    for t in _runq:
        if t._wait is None:
            return t
    expired = None
    for t in _runq:
        ready, deadline = t._wait
        if ready():
            return t
        if deadline is not None and now >= deadline:
            if expired is None or deadline < expired._wait[1]:
                expired = t
    # Of the waits that timed out, the one due first ends first.
    return expired


def _run_started():
    """Runs the threads that are not waiting (new ones first) until each waits or ends; one
    whose time slice ran out waits for its next turn."""
    while True:
        fresh = [t for t in _runq if t._wait is None and not _fibers.preempted(t._fid)]
        if not fresh:
            return
        fresh.sort(key=lambda t: not t._fresh)
        _resume(fresh[0])


def _schedule_main():
    """The main thread waits (its _wait is set): the other threads run meanwhile."""
    me = _main_thread
    while True:
        ready, deadline = me._wait
        if ready():
            return
        now = _monotonic()
        t = _next_runnable(now)
        if deadline is not None and now >= deadline:
            # Timed out; a thread whose timeout was due earlier still goes first.
            if t is None or t._wait is None or t._wait[0]() or t._wait[1] >= deadline:
                return
        if t is not None:
            _resume(t)
            global _interrupt_main
            if _interrupt_main:
                _interrupt_main = False  # _thread.interrupt_main() from that thread
                raise KeyboardInterrupt
        else:
            deadlines = [t._wait[1] for t in _runq if t._wait[1] is not None]
            if deadline is not None:
                deadlines.append(deadline)
            if not deadlines:
                global _deadlocked
                _deadlocked = True
                raise RuntimeError('deadlock: every thread waits for another one, and nothing '
                                   'can wake them')
            _sys.stdout.flush()
            _real_sleep(max(0.0, min(deadlines) - now))


def _wait_until(ready, timeout=None):
    """Waits, on behalf of the current thread, until ready() is true; False on a timeout."""
    if ready():
        return True
    deadline = None
    if timeout is not None and timeout >= 0:
        deadline = _monotonic() + timeout
    me = _current()
    me._wait = (ready, deadline)
    try:
        if me is _main_thread:
            _schedule_main()
        else:
            while not _can_run(me, _monotonic()):
                _fibers.suspend()
    finally:
        me._wait = None
    return ready()


def _bootstrap(t):
    """The function a thread's stack starts with: run() and report how it ended."""
    t._fresh = False
    try:
        t.run()
    except SystemExit:
        pass
    except BaseException as exc:
        _report(t, exc)
    finally:
        t._finish()


def _report(t, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, t)))
    except Exception:
        pass


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    stream = _sys.stderr
    stream.flush()
    _sys.stdout.flush()
    stream.write(f'Exception in thread {name}:\n')
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


def _on_sleep(seconds=None):
    """time.sleep(seconds): with other threads alive, the sleeper waits and they run.

    True when the sleep is done here, False when time.sleep should just sleep.
    """
    if seconds is None or not _runq:
        return False
    if not isinstance(seconds, (int, float)) or not 0 <= seconds < TIMEOUT_MAX:
        return False  # time.sleep raises or sleeps as it would without threads

    _wait_until(lambda: False, seconds)
    return True


def _run_ready():
    """From the main thread: lets the threads that can go on now run until they wait."""
    if _runq and _current() is _main_thread:
        _wait_until(lambda: False, 0)


_threading_atexits = []


def _register_atexit(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit before the threads are joined (concurrent.futures)."""
    if _shut_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """At exit: the threads that are not daemons are joined; daemon threads are dropped.

    CPython does this before it calls the atexit functions, and only once. Where CPython
    would hang for ever (a thread that is not a daemon waits for something no thread can do
    any more), pyseal says so on stderr and ends with status 1.
    """
    global _shut_down
    if _deadlocked or _shut_down:
        return  # a deadlock was already reported; joining would only find it again
    _shut_down = True
    try:
        for func, args, kwargs in reversed(_threading_atexits):
            func(*args, **kwargs)
        for t in list(_all):
            if not t.daemon:
                t.join()
    except RuntimeError:
        if not _deadlocked:
            raise
        _exit_deadlocked()


def _exit_deadlocked():
    import _os
    stuck = ', '.join(repr(t._name) for t in _all if not t.daemon)
    _sys.stdout.flush()
    _sys.stderr.write('pyseal: deadlock at exit: the main thread waits to join %s, and no '
                      'thread can wake %s (CPython would hang here)\n'
                      % (stuck, 'them' if ',' in stuck else 'it'))
    _sys.stderr.flush()
    _os._exit(1)


# ---------------------------------------------------------------------------------------------
# threads

def get_ident():
    return _current()._ident


def get_native_id():
    return _current()._native_id


def current_thread():
    return _current()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1 + len(_all)


activeCount = active_count


def enumerate():
    return [_main_thread] + list(_all)


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control: run() (target(*args, **kwargs)) runs once start() is called."""

    _initialized = False

    @staticmethod
    def _default_name(target):
        # 'Thread-N', plus ' (function name)' when the target has a name.
        numbered = _newname('Thread-%d')
        if target is None:
            return numbered
        try:
            return f'{numbered} ({target.__name__})'
        except AttributeError:
            return numbered

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        self._name = str(name) if name else self._default_name(target)
        self._target, self._args = target, args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._fid = None
        self._wait = None
        self._fresh = True
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _new_ident()
        self._native_id = self._ident % 1000003
        self._fid = _fibers.spawn(lambda: _bootstrap(self))
        _by_fiber[self._fid] = self
        _all.append(self)
        _runq.append(self)
        if _current() is _main_thread:
            _run_started()
        else:
            # Only the main thread switches stacks: let it run the new thread now.
            _fibers.suspend()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _finish(self):
        self._is_stopped = True
        if self in _all:
            _all.remove(self)
        del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._is_stopped:
            return
        _wait_until(lambda: self._is_stopped, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._fresh = False
        self._ident = 140_000_000_000_000 + 1024
        self._native_id = 4242


_main_thread = _MainThread()


class Timer(Thread):
    """Calls a function after a delay, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def run(self):
        done = self.finished
        done.wait(self.interval)
        if not done.is_set():
            self.function(*self.args, **self.kwargs)
        done.set()

    def cancel(self):
        self.finished.set()


# ---------------------------------------------------------------------------------------------
# synchronization

class _Lock:
    """A lock that any thread may release."""

    def __init__(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'

    def acquire(self, blocking=True, timeout=-1):
        if not blocking:
            if timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            if self._locked:
                return False
            self._locked = True
            return True
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if not _wait_until(lambda: not self._locked, None if timeout == -1 else timeout):
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.lock' object")


_Lock.__tp_name__ = '_thread.lock'
_Lock.__name__ = _Lock.__qualname__ = 'lock'
_Lock.__module__ = '_thread'
Lock = _Lock
_allocate_lock = _Lock


class _RLock:
    """A lock its holder may take again; it is free once released as often as taken."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def __repr__(self):
        state = 'locked' if self._owner is not None else 'unlocked'
        owner = self._owner._ident if self._owner is not None else None
        return (f'<{state} {type(self).__module__}._RLock object owner={owner} '
                f'count={self._count} at {id(self):#x}>')

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._owner is me:
            self._count += 1
            return True
        if self._owner is not None:
            if not blocking:
                return False
            if not _wait_until(lambda: self._owner is None,
                               None if timeout == -1 else timeout):
                return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner is current_thread()

    def _release_save(self):
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        _wait_until(lambda: self._owner is None)
        self._count, self._owner = state


def RLock(*args, **kwargs):
    return _RLock(*args, **kwargs)


class Condition:
    """wait() until another thread notify()s, holding the lock around both."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _is_owned(self):
        if isinstance(self._lock, _RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def _release_save(self):
        if isinstance(self._lock, _RLock):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, _RLock):
            self._lock._acquire_restore(state)
        else:
            _wait_until(lambda: not self._lock._locked)
            self._lock._locked = True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = [False]
        self._waiters.append(waiter)
        state = self._release_save()
        try:
            return _wait_until(lambda: waiter[0], timeout)
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            self._acquire_restore(state)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        for waiter in self._waiters[:n]:
            waiter[0] = True
            self._waiters.remove(waiter)

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0:
            if not blocking:
                return False
            if not _wait_until(lambda: self._value > 0, timeout):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _wait_until(lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Releases the waiting threads together once `parties` of them wait."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        if self.broken:
            return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: broken>'
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'waiters={self.n_waiting}/{self.parties}>')

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if self._count == self._parties:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            self._count = 0
            self._generation += 1
            return index
        ok = _wait_until(lambda: self._generation != generation or self._broken,
                         timeout if timeout is not None else self._timeout)
        if self._broken or not ok:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._count = 0
        self._broken = False
        self._generation += 1

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class local:
    """Attributes with a separate value in each thread."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__values', {id(current_thread()): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        values = object.__getattribute__(self, '_local__values')
        key = id(current_thread())
        if key not in values:
            # First use in this thread: a subclass's __init__ runs again there.
            values[key] = {}
            args, kw = object.__getattribute__(self, '_local__args')
            if type(self).__init__ is not object.__init__:
                type(self).__init__(self, *args, **kw)
        return values[key]

    def __getattr__(self, name):
        d = local._local__dict(self)
        try:
            return d[name]
        except KeyError:
            kind = '_thread._local' if type(self) is local else type(self).__name__
            raise AttributeError(f"'{kind}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


local.__module__ = '_thread'
local.__tp_name__ = '_thread._local'


import atexit as _atexit
_atexit.register(_shutdown)
