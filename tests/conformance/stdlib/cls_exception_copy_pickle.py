# Copying and pickling exceptions goes through BaseException.__reduce__: the class is
# called again with the exception's args, then attributes set on it are restored.
import copy
import pickle


class ValidationError(Exception):
    def __init__(self, field, reason="invalid"):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason


class NeedsTwo(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


err = ValidationError("email", "missing @")
err.attempts = 3
for label, clone in (("copy", copy.copy(err)), ("deepcopy", copy.deepcopy(err)),
                     ("pickle", pickle.loads(pickle.dumps(err)))):
    print(label, type(clone).__name__, clone.args, clone.field, clone.reason, clone.attempts)
    print("  str:", clone, "| same object:", clone is err)

# The args that reach __init__ are the ones passed to Exception.__init__.
try:
    copy.copy(NeedsTwo("disk full", 28))
except TypeError as e:
    print("TypeError:", e)

print(ValueError("bad", 2).__reduce__())
print(Exception().__reduce__(), KeyError("k").__reduce__())
plain = RuntimeError("x")
plain.note = "kept"
print(plain.__reduce__())
print(repr(copy.deepcopy(KeyError("key"))), copy.copy(StopIteration(5)).value)
o = copy.copy(OSError(2, "No such file"))
print(type(o).__name__, o.errno, o.strerror)

e = Exception("a")
e.__setstate__({"detail": 1, "hint": "h"})
print(e.detail, e.hint, e.__setstate__(None))
try:
    e.__setstate__(5)
except TypeError as exc:
    print("TypeError:", exc)


class Custom(Exception):
    def __reduce__(self):
        return (Custom, ("rebuilt",))


print(copy.copy(Custom("z")).args, pickle.loads(pickle.dumps(Custom("z"))).args)
