# os: symbolic links in a scratch directory: symlink/readlink/lstat, islink/exists on
# broken links, realpath, and os.walk with and without followlinks.
import os
import sys

base = os.path.realpath(sys.argv[1])
os.chdir(base)
os.makedirs("real/inner")
with open("real/inner/data.txt", "w") as f:
    f.write("payload")
os.symlink("real", "link_dir")
os.symlink("real/inner/data.txt", "link_file")
os.symlink("missing_target", "broken")
os.symlink("loop_b", "loop_a")
os.symlink("loop_a", "loop_b")

print(sorted(os.listdir(".")))
for name in ["real", "link_dir", "link_file", "broken", "loop_a", "nothing"]:
    print(name, os.path.exists(name), os.path.lexists(name), os.path.islink(name),
          os.path.isdir(name), os.path.isfile(name))
print(os.readlink("link_dir"), os.readlink(b"link_file"), os.readlink("broken"))
print(os.stat("link_file").st_size, os.lstat("link_file").st_size == len("real/inner/data.txt"),
      oct(os.lstat("link_dir").st_mode & 0o170000), oct(os.stat("link_dir").st_mode & 0o170000),
      os.stat("link_dir", follow_symlinks=False).st_mode == os.lstat("link_dir").st_mode)
with open("link_file") as f:
    print(f.read())

def rel(p):
    return os.path.relpath(p, base) if p.startswith(base) else p

for p in ["link_dir", "link_file", "link_dir/inner/../inner/data.txt", "broken", "loop_a",
          "real/./inner//", "."]:
    print("realpath", p, rel(os.path.realpath(p)))
print(os.path.samefile("link_file", "real/inner/data.txt"))

print("walk")
for root, dirs, files in os.walk("."):
    dirs.sort()
    print(" ", root, dirs, sorted(files))
print("walk followlinks")
for root, dirs, files in os.walk(".", followlinks=True):
    dirs.sort()
    print(" ", root, dirs, sorted(files))

for bad in [lambda: os.readlink("real"), lambda: os.readlink("nothing"),
            lambda: os.symlink("x", "link_dir"), lambda: os.stat("broken"),
            lambda: os.stat("loop_a")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
os.remove("link_dir")
print(os.path.isdir("real"), sorted(os.listdir(".")))
