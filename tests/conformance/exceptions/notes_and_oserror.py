# OSError(errno, strerror, filename[, winerror, filename2]) keeps two args; notes print last.
e = OSError(13, "Permission denied", "/etc/x")
print(type(e).__name__, e.args, e.filename, e.errno, e.strerror, str(e))
e = OSError(13, "Permission denied", "/etc/x", None, "/b")
print(e.args, e.filename, e.filename2, str(e))
e = OSError("just a message")
print(e.args, e.errno, e.filename, str(e))
e = FileNotFoundError(2, "No such file or directory", "data.csv")
print(repr(e), str(e))
e = OSError(2, "No such file or directory")
print(type(e).__name__, str(e), e.filename)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(err.errno, err.strerror, err.filename)

err = ValueError("bad value")
err.add_note("while parsing line 3")
print(err.__notes__, str(err))


def check(v):
    if v < 0:
        ex = ValueError(f"negative: {v}")
        ex.add_note("values must be >= 0")
        ex.add_note(f"got {v}")
        raise ex
    return v


print(check(2))
check(-4)
