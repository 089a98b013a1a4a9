# A lint-style checker: compile each snippet and report how CPython rejects it.
SNIPPETS = [
    # global / nonlocal after use, assignment, annotation or as a parameter
    "x = 1\ndef f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    x += 1\n    global x\n",
    "counter = 0\nglobal counter\n",
    "print(total)\nglobal total\n",
    "def f(a):\n    global a\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(a):\n    nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def outer():\n    def inner():\n        nonlocal missing\n        missing = 1\n",
    "nonlocal x\n",
    # walrus inside comprehensions
    "def f(data):\n    return [x := 1 for x in data]\n",
    "vals = [i for i in (j := range(3))]\n",
    "vals = [a for b in range(3) for a in (c := b)]\n",
    "class Config:\n    items = [last := n for n in range(3)]\n",
    "def f(rows):\n    return [[y := v for v in r] for y in rows]\n",
    # repeated keywords in a class statement
    "class A(metaclass=M, metaclass=N):\n    pass\n",
    "f(a=1, b=2, a=3)\n",
    # __debug__ and __future__
    "__debug__ = 1\n",
    "def f(__debug__):\n    pass\n",
    "for __debug__ in range(3):\n    pass\n",
    "del __debug__\n",
    "from __future__ import nonexistent\n",
    "import sys\nfrom __future__ import annotations\n",
    '"""Doc."""\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1\n',
    "from __future__ import braces\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    return "ok"


for i, src in enumerate(SNIPPETS):
    print(i, diagnose(src))


# The valid forms next to them still work.
count = 0


def bump():
    global count
    count += 1
    return count


def make_counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n

    return step


bump()
step = make_counter()
step()
print(count, bump(), step())
data = [3, 1, 4, 1, 5]
print([big := v for v in data if v > 2], big)
print([(last := v) for v in data], last)
