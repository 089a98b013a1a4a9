# The attributes the built-in types carry as classes: names, modules, bases and MROs,
# and the subclass relations among them.

kinds = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
         set, frozenset, range, slice, memoryview, property, classmethod, staticmethod,
         super, enumerate, zip, map, filter, reversed, type(None), type(NotImplemented),
         type(...), BaseException, Exception, ArithmeticError, ZeroDivisionError,
         LookupError, KeyError, IndexError, OSError, FileNotFoundError, UnicodeDecodeError,
         StopIteration, RecursionError, ExceptionGroup, Warning, DeprecationWarning]
for k in kinds:
    print(k.__name__.ljust(18), k.__qualname__ == k.__name__, k.__module__,
          k.__base__.__name__ if k.__base__ else None,
          [b.__name__ for b in k.__bases__], [m.__name__ for m in k.__mro__][1:])

print(issubclass(bool, int), issubclass(int, object), issubclass(type, object),
      isinstance(type, type), isinstance(object, type), type(type) is type)
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError),
      issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(EnvironmentError is OSError, IOError is OSError)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, bool.__mro__)
print(type(len).__name__, type([].append).__name__, type(list.append).__name__,
      type(int.__add__).__name__, type((1).__add__).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__,
      type(iter({})).__name__, type(iter(range(2))).__name__, type(iter(set())).__name__)
print(type({}.keys()).__name__, type(reversed([])).__name__, type(reversed({})).__name__)

# the final types refuse to be subclassed
for base in (bool, type(None), range, slice, memoryview, type(len)):
    try:
        type("X", (base,), {})
        print(base.__name__, "subclassed")
    except TypeError as e:
        print("TypeError:", e)

# immutable built-in types refuse new attributes, also through setattr
for target in (int, str, list, object):
    try:
        setattr(target, "extra", 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.missing
except AttributeError as e:
    print("AttributeError:", e)
