try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    int("abc")
except ValueError as e:
    print(e.args)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, str(e))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.name, str(e))
try:
    None.attr
except AttributeError as e:
    print(str(e), e.name)
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e))
e2 = OSError(2, "No such file")
print(e2.errno, e2.strerror, str(e2))
print(repr(StopIteration(5).value), SystemExit(3).code, KeyboardInterrupt().args)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except UnicodeError as u:
    print(u.encoding, u.start, u.end, u.reason, str(u))
