# Small standard modules: reprlib, getopt, linecache, contextvars (also across asyncio tasks),
# graphlib, colorsys, stat, errno, hmac and secrets.
import reprlib, getopt, linecache, sys
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
print(reprlib.repr(list(range(100))), reprlib.repr('x'*100), reprlib.repr({i:i for i in range(20)}), reprlib.repr(2**200), reprlib.repr(set(range(20))), reprlib.repr((1,2,3,4,5,6,7,8)), reprlib.repr([[[[[[1]]]]]]), reprlib.repr(frozenset(range(10))))
class X:
  def __repr__(self): return 'X'*50
print(reprlib.repr(X()), reprlib.repr(range(10)), reprlib.repr(b'a'*100), reprlib.repr({1:[1,2,[3,[4]]]}), reprlib.repr((1,)), reprlib.repr("abc"), reprlib.repr([]), reprlib.repr(set()))
r2 = reprlib.Repr(); r2.maxlist = 2; r2.maxstring = 10; r2.maxlevel = 2
print(r2.repr([1, [2, [3, [4]]], 3]), r2.repr("abcdefghijklmnop"), r2.repr([[[]]]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node())
print(getopt.getopt(["-a", "-b", "val", "-cfoo", "--long", "--opt=3", "file", "-x"], "ab:c:", ["long", "opt="]))
print(getopt.gnu_getopt(["file", "-a", "--opt", "4", "rest"], "a", ["opt="]))
for bad in [["-z"], ["--nope"], ["-b"], ["--long=1"], ["--op"]]:
    try:
        getopt.getopt(bad, "ab:", ["long", "opt=", "opp"])
    except getopt.GetoptError as e:
        print("GetoptError", e, e.opt)
print(repr(linecache.getline(sys.argv[0], 1)), repr(linecache.getline(sys.argv[0], 10**6)), len(linecache.getlines(sys.argv[0])) > 5)
import contextvars, asyncio
request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.get(), request_id.name, user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = request_id.set("r1")
print(request_id.get(), t.var is request_id, t.old_value is contextvars.Token.MISSING)
request_id.reset(t)
print(request_id.get())
try:
    request_id.reset(t)
except RuntimeError as e:
    print("RuntimeError")
ctx = contextvars.copy_context()
def inside(v):
    request_id.set(v)
    return request_id.get(), len(contextvars.copy_context())
print(ctx.run(inside, "in-ctx"), request_id.get(), ctx[request_id], request_id in ctx, list(ctx.values()))
async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return request_id.get()
async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
    t = asyncio.create_task(handler(9))
    print(await t, request_id.get())
asyncio.run(main())
print(request_id.get())
import colorsys, graphlib
for rgb in [(1, 0, 0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0, 0, 1), (0.9, 0.1, 0.6)]:
    hls = colorsys.rgb_to_hls(*rgb); hsv = colorsys.rgb_to_hsv(*rgb); yiq = colorsys.rgb_to_yiq(*rgb)
    print(hls, colorsys.hls_to_rgb(*hls), hsv, colorsys.hsv_to_rgb(*hsv), yiq, colorsys.yiq_to_rgb(*yiq))
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": set()})
print(list(ts.static_order()))
g = {"app": ["lib", "utils"], "lib": ["utils", "core"], "utils": ["core"], "tests": ["app"]}
print(list(graphlib.TopologicalSorter(g).static_order()))
t = graphlib.TopologicalSorter()
t.add(3, 2, 1); t.add(2, 1); t.prepare()
while t.is_active():
    r = t.get_ready(); print("ready", r); t.done(*r)
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print("cycle", e.args)
import graphlib
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}, {1: [1]}, {"x": ["y", "z"], "z": ["w"], "w": ["x"]}]:
    try:
        graphlib.TopologicalSorter(g).prepare()
    except graphlib.CycleError as e:
        print(e.args)
import stat
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o041776, 0o020600, 0o777, 0o010644, 0o140755, 0o060660]:
    print(stat.filemode(m))
import errno
print(errno.ENOENT, errno.errorcode[2], errno.errorcode[11], errno.EWOULDBLOCK, len(errno.errorcode))
import hmac, hashlib, secrets
for dm in ["sha256", hashlib.sha1, "md5", "sha512", "sha384", "sha224"]:
    h = hmac.new(b"key", b"The quick brown fox", dm)
    print(h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hmac.new(b"k" * 100, digestmod="sha256"); h.update(b"a"); c = h.copy(); c.update(b"b")
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b"k", b"m", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), secrets.compare_digest(b"a", b"ab"))
print(len(secrets.token_hex(16)), len(secrets.token_bytes()), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("x"))
try:
    hmac.new(b"k", b"m")
except TypeError as e:
    print(e)
