"""contextlib for pyseal: utilities for with-statement contexts."""

import sys
from abc import ABC, abstractmethod
from functools import wraps
from _typeforms import GenericAlias


def _defines_all(C, names):
    """True when C's MRO provides every name (none set to None), else NotImplemented."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """A context manager: any class with __enter__ and __exit__ counts as a subclass."""
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ('__enter__', '__exit__'))
        return NotImplemented


class ContextDecorator:
    """Mixin: a context manager that can also decorate a function, whose every call then runs
    inside the context (a fresh one when _recreate_cm makes one)."""

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(inner)

    def _recreate_cm(self):
        return self


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # What _recreate_cm needs is of no use once entered (and would keep objects alive).
        del self.args, self.kwds, self.func
        for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # A clean exit: the generator must finish without yielding again.
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator returned: the exception is swallowed, unless it was this very one.
            return stop is not value
        except BaseException as err:
            # The exception came back out (or, for a StopIteration thrown in, the RuntimeError
            # wrapping it): let the with statement re-raise the original.
            if err is value or (isinstance(err, RuntimeError)
                                and isinstance(value, StopIteration)
                                and err.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """`with closing(x) as y`: y is x, and x.close() is called on leaving."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Swaps sys.<_stream> for a target while inside; nests, reentrant."""

    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, exc_type, exc, tb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        _cm_type = type(cm)
        try:
            _enter = _cm_type.__enter__
            _exit = _cm_type.__exit__
        except AttributeError:
            raise TypeError(
                f"'{_cm_type.__module__}.{_cm_type.__qualname__}' object does "
                f"not support the context manager protocol"
            ) from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = raising = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                handled = bool(cb(*exc_details))
            except BaseException as err:
                _link_context(err, exc_details[1], outer)
                exc_details = (type(err), err, err.__traceback__)
                raising = True
            else:
                if handled:
                    exc_details = (None, None, None)
                    suppressed, raising = True, False
        if raising:
            # Re-raised from here, the exception would get the one being handled as its
            # context; keep the context the callbacks left.
            err = exc_details[1]
            context = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = context
                raise
        return had_exc and suppressed


def _link_context(err, pending, outer):
    """A callback raised err while `pending` was propagating: make pending err's context at
    the point where err's context chain reaches `outer`, the exception that was already being
    handled when the stack began to unwind."""
    link = err
    while True:
        context = link.__context__
        if context is None or context is pending:
            return
        if context is outer:
            link.__context__ = pending
            return
        link = context


class AbstractAsyncContextManager(ABC):
    """An async context manager: any class with __aenter__ and __aexit__ counts."""
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ('__aenter__', '__aexit__'))
        return NotImplemented


class AsyncContextDecorator:
    """ContextDecorator for asynchronous context managers and coroutine functions."""

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(inner)

    def _recreate_cm(self):
        return self


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """What an @asynccontextmanager function gives: enters and exits by stepping its
    asynchronous generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        async for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as err:
            if err is value or (isinstance(err, RuntimeError)
                                and isinstance(value, (StopIteration, StopAsyncIteration))
                                and err.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(x) as y`: y is x, and x.aclose() is awaited on leaving."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class AsyncExitStack(ExitStack, AbstractAsyncContextManager):
    """ExitStack that can also enter asynchronous context managers; closed with `async with`
    or aclose()."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError(
                f"'{cls.__module__}.{cls.__qualname__}' object does "
                f"not support the asynchronous context manager protocol"
            ) from None
        result = await _enter(cm)

        async def _exit_wrapper(exc_type, exc, tb):
            return await _exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((False, _exit_wrapper))
        return result

    def push_async_exit(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            async def _exit_wrapper(exc_type, exc, tb):
                return await exit_method(exit, exc_type, exc, tb)
            _exit_wrapper.__self__ = exit
            self._exit_callbacks.append((False, _exit_wrapper))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = raising = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                handled = bool(cb(*exc_details) if is_sync else await cb(*exc_details))
            except BaseException as err:
                _link_context(err, exc_details[1], outer)
                exc_details = (type(err), err, err.__traceback__)
                raising = True
            else:
                if handled:
                    exc_details = (None, None, None)
                    suppressed, raising = True, False
        if raising:
            err = exc_details[1]
            context = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = context
                raise
        return had_exc and suppressed


class chdir(AbstractContextManager):
    """Change the working directory for the duration of the with block (not reentrant-safe
    across threads, as in CPython)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
