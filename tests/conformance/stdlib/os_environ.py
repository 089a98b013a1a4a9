# os.environ, os.getenv and the process queries (pid, cpu count, urandom, strerror).
import os

env = os.environ
print(type(env).__name__, "PYTHONHASHSEED" in env, env["PYTHONHASHSEED"],
      os.getenv("PYTHONHASHSEED"), env.get("PYTHONHASHSEED"))
print(os.getenv("ZQX_ENVTEST_NOT_SET"), os.getenv("ZQX_ENVTEST_NOT_SET", "fallback"),
      env.get("ZQX_ENVTEST_NOT_SET", 5), "ZQX_ENVTEST_NOT_SET" in env)

env["ZQX_ENVTEST_A"] = "1"
env.setdefault("ZQX_ENVTEST_B", "two")
env.setdefault("ZQX_ENVTEST_B", "other")
env.update({"ZQX_ENVTEST_C": "3"}, ZQX_ENVTEST_D="4")
print([(k, env[k]) for k in sorted(env) if k.startswith("ZQX_ENVTEST_")])
print(env.pop("ZQX_ENVTEST_A"), env.pop("ZQX_ENVTEST_A", "gone"), "ZQX_ENVTEST_A" in env)
del env["ZQX_ENVTEST_B"]
print(sorted(k for k in env.keys() if k.startswith("ZQX_ENVTEST_")),
      sorted(v for k, v in env.items() if k.startswith("ZQX_ENVTEST_")))
copy = env.copy()
print(type(copy).__name__, copy == env, len(copy) == len(env))
merged = env | {"ZQX_ENVTEST_E": "5"}
print(type(merged).__name__, merged["ZQX_ENVTEST_E"], "ZQX_ENVTEST_E" in env)
env |= {"ZQX_ENVTEST_E": "5"}
print(env["ZQX_ENVTEST_E"])

for bad in [lambda: env["ZQX_ENVTEST_MISSING"], lambda: env.__setitem__("K", 5),
            lambda: env.__setitem__(5, "v"), lambda: os.getenv(5), lambda: 5 in env,
            lambda: env.pop("ZQX_ENVTEST_MISSING"), lambda: env.__delitem__("ZQX_ENVTEST_MISSING")]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid(), os.getppid() > 0)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
data = os.urandom(16)
print(type(data).__name__, len(data), len(os.urandom(0)), os.urandom(32) != os.urandom(32))
for code in [1, 2, 13, 17, 20, 21, 22, 39]:
    print(code, os.strerror(code))
for bad in [lambda: os.urandom(-1), lambda: os.urandom("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.fsencode(b"x"))
