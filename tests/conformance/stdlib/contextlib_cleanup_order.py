# Context managers: nested with, ExitStack order, contextmanager rollback, except* groups.
import contextlib, sys
class Resource:
    def __init__(self, name, fail=False): self.name=name; self.fail=fail
    def __enter__(self):
        if self.fail: raise RuntimeError(f'cannot open {self.name}')
        print('open', self.name); return self
    def __exit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None); return False
try:
    with Resource('a') as a, Resource('b', fail=True) as b:
        print('unreached')
except RuntimeError as e: print('caught', e)
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in 'xyz']
    stack.push(lambda *e: print('push cb', e[0]))
    print('working')
def cleanup_order():
    with contextlib.ExitStack() as s:
        s.callback(print, 'first registered')
        s.callback(print, 'second registered')
        raise ValueError('boom')
try: cleanup_order()
except ValueError as e: print('VE', e, e.__context__)
with contextlib.ExitStack() as s:
    s.enter_context(Resource('keep'))
    s2 = s.pop_all()
print('s exited')
s2.close()
@contextlib.contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
        log.append('commit')
    except Exception as e:
        log.append(f'rollback: {e}')
        raise
log = []
with transaction(log): log.append('work')
try:
    with transaction(log): raise KeyError('bad')
except KeyError: pass
print(log)
class Suppressor(contextlib.AbstractContextManager):
    def __exit__(self, et, ev, tb): return et is ZeroDivisionError
with Suppressor() as s: 1/0
print('suppressed', type(s).__name__)
@contextlib.contextmanager
def timer():
    yield
    print('timer done')
@timer()
def decorated(): print('in decorated')
decorated(); decorated()
with contextlib.closing(Resource('cl')) if False else contextlib.nullcontext(): pass
class Closeable:
    def close(self): print('closed!')
with contextlib.closing(Closeable()): print('using')
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg: print('remaining', repr(eg))
try:
    raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
except* ValueError as eg:
    print('V', repr(eg), eg.exceptions)
except* TypeError as eg:
    print('T', eg.message, [repr(x) for x in eg.exceptions])
eg = ExceptionGroup('x', [ValueError(1), KeyError(2)])
m, r = eg.split(ValueError); print(m, r, eg.subgroup(lambda e: isinstance(e, KeyError)))
try: ExceptionGroup('x', [])
except ValueError as e: print(e)
try: ExceptionGroup('x', [1])
except ValueError as e: print(e)
try: BaseExceptionGroup('x', [KeyboardInterrupt()]).__class__.__name__; print(type(BaseExceptionGroup('x', [ValueError()])).__name__)
except Exception as e: print(e)
with contextlib.ExitStack() as s:
    raise ExceptionGroup('final', [ValueError(1)])
