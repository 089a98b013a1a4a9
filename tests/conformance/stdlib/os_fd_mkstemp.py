# Descriptors: tempfile.mkstemp, os.open/read/write/lseek/close, os.fdopen, os.fstat.
import os, tempfile, sys
fd, path = tempfile.mkstemp(suffix=".txt", prefix="data_", dir=sys.argv[1])
print(type(fd).__name__, fd > 2, os.path.basename(path).startswith("data_"), path.endswith(".txt"), os.path.isabs(path))
print(oct(os.stat(path).st_mode & 0o777))
print(os.write(fd, b"hello world\n"), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.write(fd, b"x")
except OSError as e:
    print(e)
fd, path2 = tempfile.mkstemp(text=True, dir=sys.argv[1])
with os.fdopen(fd, "w") as f:
    print(f.name == fd, f.mode)
    f.write("line one\nline two\n")
with open(path2) as f:
    print(f.read())
fd = os.open(path2, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"appended\n")
os.close(fd)
fd = os.open(path2, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.readlines(), f.fileno() == fd)
fd = os.open(path, os.O_RDWR | os.O_TRUNC)
os.close(fd)
print(os.path.getsize(path))
try:
    os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == path)
try:
    os.open("/nonexistent/zz", os.O_RDONLY)
except FileNotFoundError as e:
    print(e)
try:
    os.fdopen("x")
except TypeError as e:
    print(e)
fd = os.open(path, os.O_RDWR)
os.write(fd, b"0123456789")
os.ftruncate(fd, 4)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.fsync(fd)
os.close(fd)
os.remove(path); os.remove(path2)
try:
    os.get_terminal_size()
except OSError as e:
    print(e)
print(os.terminal_size((3, 4)))
sys.stdout.flush()
os.write(1, b"direct to stdout\n")
print(os.isatty(0) in (True, False))
tmp = sys.argv[1]
print(os.access(tmp, os.F_OK), os.access(os.path.join(tmp, "nope"), os.F_OK))
print(os.access(tmp, os.R_OK | os.W_OK))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.EX_SOFTWARE)
