# generator finalization: close(), GeneratorExit, finally, with-blocks inside generators
class Res:
    def __init__(self, name, log):
        self.name = name; self.log = log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

def reader(log, name, n):
    with Res(name, log):
        try:
            for i in range(n):
                yield f"{name}:{i}"
        except GeneratorExit:
            log.append(f"{name} got GeneratorExit")
            raise
        finally:
            log.append(f"{name} finally")

log = []
g = reader(log, 'A', 5)
print(next(g), next(g))
g.close()
print(log)
print(g.gi_frame is None, list(g))

log = []
g = reader(log, 'B', 2)
print(list(g))
print(log)

log = []
g = reader(log, 'C', 3)
try:
    print(next(g))
    g.throw(ValueError("bad data"))
except ValueError as e:
    print("propagated:", e)
print(log)

# close returning value (3.11: close ignores return value)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returns_on_close(); next(g)
print(g.close())

# close on never-started generator runs nothing
def never():
    try:
        print("never runs")
        yield
    finally:
        print("never finally")
g = never(); g.close(); print("closed unstarted")

# nested generators closed by outer
def inner_gen(log):
    try:
        yield 'i1'
        yield 'i2'
    finally:
        log.append('inner finally')
def outer_gen(log):
    try:
        yield from inner_gen(log)
    finally:
        log.append('outer finally')
log = []
g = outer_gen(log); next(g); g.close(); print(log)

# exception inside finally during close replaces GeneratorExit
def bad_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = bad_finally(); next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e), type(e.__context__).__name__)

# yield in finally after close -> RuntimeError
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
g = yield_in_finally(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# for-loop break + explicit close pattern
def numbers(log):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        log.append(f"numbers stopped at {n}")
log = []
gen = numbers(log)
for x in gen:
    if x == 3:
        break
gen.close()
print(log)

# contextlib.contextmanager style
import contextlib
@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append("handled ZeroDivisionError")
    finally:
        log.append(f"</{name}>")
log = []
with tag('a', log) as t:
    with tag('b', log):
        log.append(t)
with tag('c', log):
    1 / 0
print(log)
try:
    with tag('d', log):
        raise ValueError('v')
except ValueError:
    print("ValueError passed through", log[-1])

# generator exception state
import sys
def exc_state():
    try:
        raise KeyError('outer')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = exc_state()
print(next(g), sys.exc_info()[0])
try:
    raise TypeError
except TypeError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g))

def throws_stop():
    yield 1
g = throws_stop(); next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
g = throws_stop()
try:
    g.throw(ValueError('pre-start'))
except ValueError as e:
    print("pre-start throw:", e, g.gi_frame)
print(next(g, 'exhausted'))
