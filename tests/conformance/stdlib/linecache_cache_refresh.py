# linecache: getline bounds, cached lines after the file changes, checkcache of one file and of
# all, removed and missing files, pseudo-file names, entries without an mtime.
import linecache, sys, os
d = sys.argv[1]
p = os.path.join(d, "lc_sample.txt")
with open(p, "w") as f:
    f.write("first\nsecond\nthird")
for n in [1, 2, 3, 4, 0, -1]:
    print(n, repr(linecache.getline(p, n)))
print(linecache.getlines(p), p in linecache.cache, len(linecache.cache[p]))
with open(p, "w") as f:
    f.write("changed line one\n")
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p)
print(p in linecache.cache, repr(linecache.getline(p, 1)))
with open(p, "a") as f:
    f.write("more\n")
linecache.checkcache()
print(p in linecache.cache, linecache.getlines(p))
os.remove(p)
print(linecache.getlines(p))
linecache.checkcache()
print(p in linecache.cache, linecache.getlines(p), linecache.getline(p, 1) == "")
print(linecache.getlines("<string>"), linecache.getline("", 1) == "", linecache.getlines(os.path.join(d, "missing.py")))
linecache.cache["virt"] = (5, None, ["a\n", "b\n"], "virt")
linecache.checkcache()
print(linecache.getlines("virt"), linecache.getline("virt", 2))
linecache.clearcache()
print(linecache.cache)
print(linecache.updatecache("<x>"), linecache.lazycache("<x>", None))
