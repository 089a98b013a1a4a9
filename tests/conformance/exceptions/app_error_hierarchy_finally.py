class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    pass

class Invalid(AppError, ValueError):
    pass

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(f"missing {k}", 404) from e

def order():
    log = []
    def f():
        try:
            log.append("try")
            return "ret-try"
        finally:
            log.append("finally")
    r = f()
    log.append(r)
    def g():
        for i in range(3):
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
                log.append(f"body{i}")
            finally:
                log.append(f"fin{i}")
        return log
    return g()
print(order())

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e), type(e.__cause__).__name__, e.__suppress_context__)

try:
    raise Invalid("bad value", 22)
except ValueError as e:
    print("caught as ValueError:", e, Invalid.__mro__)

def ctx_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("inner")
    except TypeError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
ctx_chain()

e = AppError("x")
print(e.args, str(e), repr(e))
e2 = Exception("a", 1)
print(str(e2), repr(e2), e2.args)
print(repr(Exception()), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)))

class Silence:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is not None and issubclass(et, self.types)

with Silence(ZeroDivisionError) as s:
    1 / 0
print("after 1")
try:
    with Silence(KeyError):
        [][1]
except IndexError as e:
    print("escaped:", e)

def f():
    try:
        raise ValueError("v")
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally runs")
print(f())

def g():
    try:
        return 1
    finally:
        return 2
print(g())

try:
    try:
        raise KeyError("a")
    finally:
        print("inner finally")
except LookupError as e:
    print("lookup", e)

err = None
try:
    int("abc")
except ValueError as err2:
    err = err2
print(err)
try:
    print(err2)
except NameError as e:
    print("NameError:", e)

e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError as x:
    print(x, x.__notes__)
print(isinstance(NotFound("x"), Exception), issubclass(Invalid, AppError))
try:
    raise NotFound("final", 500)
except* AppError as eg:
    print(repr(eg), eg.exceptions)
raise Invalid("uncaught", 7)
