# os.umask: the mask applies to new files and directories (open, os.open, os.mkdir,
# pathlib), the previous mask comes back, and out-of-range masks are refused.
import os
import pathlib
import stat
import sys

d = sys.argv[1]
old = os.umask(0o027)
print("restored old:", os.umask(0o027) == 0o027)


def mode(p):
    return oct(stat.S_IMODE(os.stat(p).st_mode))


open(os.path.join(d, "a.txt"), "w").close()
os.mkdir(os.path.join(d, "sub"))
os.close(os.open(os.path.join(d, "b.bin"), os.O_CREAT | os.O_WRONLY, 0o666))
pathlib.Path(d, "c.txt").touch()
pathlib.Path(d, "deep", "er").mkdir(parents=True)
for name in ["a.txt", "sub", "b.bin", "c.txt", "deep", "deep/er"]:
    print(name, mode(os.path.join(d, name)))
print(oct(os.umask(0o077)))
open(os.path.join(d, "private"), "w").close()
print("private", mode(os.path.join(d, "private")))
print(oct(os.umask(0o7777)), oct(os.umask(-1)), oct(os.umask(0o022)))
for bad in [2 ** 31, "022", 1.5]:
    try:
        os.umask(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
os.umask(old)
