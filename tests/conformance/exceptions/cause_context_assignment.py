"""Setting __cause__/__context__ by hand: only exceptions or None are accepted."""


def wrap(exc, cause):
    exc.__cause__ = cause
    return exc


err = wrap(RuntimeError("outer"), KeyError("inner"))
print(repr(err.__cause__), err.__suppress_context__)
err = wrap(RuntimeError("outer"), None)
print(repr(err.__cause__), err.__suppress_context__)
err.__context__ = ValueError("ctx")
print(repr(err.__context__))

for attr, value in (("__cause__", "text"), ("__context__", 42), ("__cause__", KeyError)):
    try:
        setattr(err, attr, value)
    except TypeError as e:
        print("TypeError:", e)

try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)

raise wrap(LookupError("final"), IndexError("root cause"))
