for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError, UnboundLocalError,
            OverflowError, TypeError, PermissionError, TimeoutError, BrokenPipeError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(ValueError, Exception), issubclass(SystemExit, Exception))
try:
    {}["x"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple catch:", type(e).__name__)
