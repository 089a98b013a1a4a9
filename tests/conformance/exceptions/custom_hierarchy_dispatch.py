class AppError(Exception):
    exit_code = 1
class ConfigError(AppError):
    exit_code = 2
class MissingKey(ConfigError, KeyError):
    exit_code = 3
class NetworkError(AppError):
    exit_code = 4
class Timeout(NetworkError, TimeoutError):
    exit_code = 5
def fail(kind):
    raise {"config": ConfigError("bad config"), "key": MissingKey("port"), "net": NetworkError("down"),
           "timeout": Timeout("slow"), "other": RuntimeError("boom")}[kind]
for kind in ["config", "key", "net", "timeout", "other"]:
    try:
        fail(kind)
    except KeyError as e:
        print(kind, "-> KeyError branch", repr(e), type(e).exit_code)
    except NetworkError as e:
        print(kind, "-> NetworkError branch", e, e.exit_code, isinstance(e, OSError))
    except AppError as e:
        print(kind, "-> AppError branch", e, e.exit_code)
    except Exception as e:
        print(kind, "-> generic", type(e).__name__, e)
print([c.__name__ for c in MissingKey.__mro__], [c.__name__ for c in Timeout.__mro__])
