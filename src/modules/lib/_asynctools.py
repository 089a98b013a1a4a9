"""Helpers the interpreter uses for `async for`, anext() and asynchronous generators.

An asynchronous generator's body runs as a plain generator whose `yield v` yields
`_Yielded(v)`; everything else it yields comes from the awaits inside it and is passed up to
whoever drives the awaiting coroutine (the event loop). `async_generator` wraps that body:
each `__anext__()`/`asend()`/`athrow()`/`aclose()` gives an awaitable that steps the body
until it yields a `_Yielded` (the awaited result) or finishes (StopAsyncIteration).
"""

import sys as _sys


async def anext_step(awaitable):
    try:
        value = await awaitable
    except StopAsyncIteration:
        return (True, None)
    return (False, value)


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


class _Yielded:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


_OP_NAMES = {'send': 'anext', 'throw': 'athrow', 'close': 'aclose'}


def _drive(agen, mode, arg):
    """Steps agen's body for one __anext__/asend/athrow/aclose, as a generator to delegate to."""
    if agen._running:
        raise RuntimeError(f'{_OP_NAMES[mode]}(): asynchronous generator is already running')
    gen = agen._gen
    closing = mode == 'close'
    if closing:
        action, value = 'throw', GeneratorExit()
    else:
        action, value = mode, arg
        agen._first_iteration()
    agen._running = True
    try:
        while True:
            exhausted = False
            try:
                if action == 'throw':
                    out = gen.throw(value)
                else:
                    out = gen.send(value)
            except StopIteration:
                exhausted = True
            except GeneratorExit:
                if closing:
                    return None
                raise
            except StopAsyncIteration as exc:
                raise RuntimeError('async generator raised StopAsyncIteration') from exc
            if exhausted:
                if closing:
                    return None
                raise StopAsyncIteration
            if type(out) is _Yielded:
                if closing:
                    raise RuntimeError('async generator ignored GeneratorExit')
                return out.value
            try:
                value = yield out
                action = 'send'
            except GeneratorExit:
                raise
            except BaseException as exc:
                action, value = 'throw', exc
    finally:
        agen._running = False


class _AsyncGenOp:
    """The awaitable of one asynchronous generator operation."""

    __slots__ = ('_agen', '_mode', '_arg', '_it')

    def __init__(self, agen, mode, arg):
        self._agen = agen
        self._mode = mode
        self._arg = arg
        self._it = None

    def _start(self):
        if self._it is not None:
            raise RuntimeError(f'cannot reuse already awaited {_OP_NAMES[self._mode]}()')
        self._it = _drive(self._agen, self._mode, self._arg)
        return self._it

    def __await__(self):
        return self._start()

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if self._it is None:
            if value is not None:
                raise TypeError("can't send non-None value to a just-started coroutine")
            return next(self._start())
        return self._it.send(value)

    def throw(self, typ, val=None, tb=None):
        if self._it is None:
            self._start()
        if val is not None:
            return self._it.throw(typ, val)
        return self._it.throw(typ)

    def close(self):
        if self._it is not None:
            self._it.close()


_AsyncGenOp.__tp_name__ = 'async_generator_asend'


class async_generator:
    """What calling an `async def` with `yield` gives."""

    def __init__(self, gen):
        self._gen = gen
        self._running = False
        self._hooked = False
        self._loop = None
        self.__name__ = gen.__name__
        self.__qualname__ = gen.__qualname__

    def __repr__(self):
        return f'<async_generator object {self.__qualname__} at {id(self):#x}>'

    @property
    def ag_running(self):
        return self._running

    @property
    def ag_frame(self):
        return self._gen.gi_frame

    @property
    def ag_code(self):
        return self._gen.gi_code

    @property
    def ag_await(self):
        return None

    def __aiter__(self):
        return self

    def __anext__(self):
        return _AsyncGenOp(self, 'send', None)

    def asend(self, value):
        if value is not None and not self._hooked:
            raise TypeError("can't send non-None value to a just-started async generator")
        return _AsyncGenOp(self, 'send', value)

    def athrow(self, typ, val=None, tb=None):
        if isinstance(typ, BaseException):
            exc = typ
        elif val is None:
            exc = typ()
        elif isinstance(val, BaseException):
            exc = val
        else:
            exc = typ(val)
        return _AsyncGenOp(self, 'throw', exc)

    def aclose(self):
        return _AsyncGenOp(self, 'close', None)

    def _finished(self):
        return self._gen.gi_frame is None

    def _first_iteration(self):
        if self._hooked:
            return
        self._hooked = True
        asyncio = _sys.modules.get('asyncio')
        if asyncio is not None:
            loop = asyncio._get_running_loop()
            if loop is not None:
                self._loop = loop
                loop._asyncgen_firstiter(self)

    @classmethod
    def _adopt(cls, gen):
        """A wrapper for a body whose first wrapper is gone (asyncio's shutdown)."""
        agen = cls(gen)
        agen._hooked = True
        return agen

    def __del__(self):
        # As asyncio's finalizer hook: an abandoned generator is closed by a task.
        loop = self._loop
        if loop is not None:
            self._loop = None
            loop._asyncgen_finalize(self)


async_generator.__module__ = 'builtins'
