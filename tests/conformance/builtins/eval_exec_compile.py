print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i * i for i in range(4)]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"], ns["f"](1))
code = compile("a * b", "<expr>", "eval")
print(eval(code, {"a": 6, "b": 7}), type(code).__name__)
scope = {"total": 0}
exec("for i in range(5):\n    total += i", scope)
print(scope["total"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
loc = {}
exec("z = 10", {}, loc)
print(loc)
