# Chained exceptions in realistic code: a custom exception with __str__, raise from,
# add_note, raise from None, finally blocks, with statements that swallow or fail, generators
# whose finally raises, except* on a nested group; ends with an uncaught error in a with block
# whose __exit__ fails too.
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"

def parse(rec):
    try:
        return int(rec["age"])
    except KeyError as e:
        raise ValidationError("age", "missing") from e
    except ValueError:
        raise ValidationError("age", "bad value")

def load(records):
    out = []
    for r in records:
        try:
            out.append(parse(r))
        except ValidationError as e:
            print("skip", e, repr(e))
    return out

print(load([{"age": "3"}, {}, {"age": "x"}]))

def cleanup():
    try:
        1/0
    finally:
        print("cleanup ran")

try:
    cleanup()
except ZeroDivisionError as e:
    print("caught", e, e.__traceback__ is not None)

def level3(): raise ValidationError("name", "too long")
def level2():
    try:
        level3()
    except ValidationError as e:
        e.add_note("while processing level2")
        raise
def level1():
    try:
        level2()
    except Exception as e:
        raise RuntimeError("level1 failed") from None

try:
    level1()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def main():
    data = {"a": [1, 2, 3]}
    try:
        data["b"]
    except KeyError:
        try:
            data["a"][10]
        except IndexError as e:
            raise ValueError("nested failure") from e
try:
    main()
except ValueError as e:
    print(e, "<-", repr(e.__cause__), "<-", repr(e.__cause__.__context__))
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.name == "bad":
            raise OSError("close failed")
        return self.name == "swallow"

with Resource("swallow"):
    raise KeyError("x")
print("after swallow")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        raise ValueError("in finally")

g = gen()
print(next(g))
try:
    g.close()
except ValueError as e:
    print("close raised", e)

def g2():
    yield 1
    raise StopIteration("inner")
try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("sub", [KeyError("k")])])
try:
    raise eg
except* ValueError as g:
    print("got values", g.exceptions)
except* KeyError as g:
    print("got keys", repr(g))
except* TypeError as g:
    print("got types", g.message, g.exceptions)

with Resource("bad"):
    data = [1, 2]
    data[5]
