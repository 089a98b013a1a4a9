def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# Inside a dict display, after a complete first item, a key lacking its ':' is named as such.
for src in [
    "{'a': 1, 'b' x}\n",
    "{'a': 1, 'b' x, 'c': 2}\n",
    "{'a': 1, b x}\n",
    "d = {1: 2, a x: 1}\n",
    "d = {1: 2, 3 4}\n",
    "d = {1: 2, 3}\n",
    "d = {1: 2, 3, 5: 6}\n",
    "d = {**a, 3 4}\n",
    "d = {**a, 3}\n",
    "d = {1: 2, 'a' 'b'}\n",
    "d = {'a' x}\n",
    "d = {'a' x, 1: 2}\n",
    "d = {a x: 1}\n",
    "s = {1, 3 4}\n",
    "d = {'k': [1, 2] 'j': 3}\n",
    "d = {'k': f(1 2)}\n",
]:
    check(src)
