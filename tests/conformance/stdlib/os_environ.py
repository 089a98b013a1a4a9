# os.environ, os.getenv and the process queries (pid, cpu count, urandom, strerror).
import os

env = os.environ
print(type(env).__name__, "PYTHONHASHSEED" in env, env["PYTHONHASHSEED"],
      os.getenv("PYTHONHASHSEED"), env.get("PYTHONHASHSEED"))
print(os.getenv("PYSEAL_NOT_SET"), os.getenv("PYSEAL_NOT_SET", "fallback"),
      env.get("PYSEAL_NOT_SET", 5), "PYSEAL_NOT_SET" in env)

env["PYSEAL_A"] = "1"
env.setdefault("PYSEAL_B", "two")
env.setdefault("PYSEAL_B", "other")
env.update({"PYSEAL_C": "3"}, PYSEAL_D="4")
print([(k, env[k]) for k in sorted(env) if k.startswith("PYSEAL_")])
print(env.pop("PYSEAL_A"), env.pop("PYSEAL_A", "gone"), "PYSEAL_A" in env)
del env["PYSEAL_B"]
print(sorted(k for k in env.keys() if k.startswith("PYSEAL_")),
      sorted(v for k, v in env.items() if k.startswith("PYSEAL_")))
copy = env.copy()
print(type(copy).__name__, copy == env, len(copy) == len(env))
merged = env | {"PYSEAL_E": "5"}
print(type(merged).__name__, merged["PYSEAL_E"], "PYSEAL_E" in env)
env |= {"PYSEAL_E": "5"}
print(env["PYSEAL_E"])

for bad in [lambda: env["PYSEAL_MISSING"], lambda: env.__setitem__("K", 5),
            lambda: env.__setitem__(5, "v"), lambda: os.getenv(5), lambda: 5 in env,
            lambda: env.pop("PYSEAL_MISSING"), lambda: env.__delitem__("PYSEAL_MISSING")]:
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
