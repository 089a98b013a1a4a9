# Syntax that later Pythons accept and CPython 3.11 refuses, compiled as a tool would.

SOURCES = [
    ("type alias", "type Vector = list[float]\n"),
    ("generic alias", "type Pair[T] = tuple[T, T]\n"),
    ("indented type alias", "if True:\n    type X = int\n"),
    ("generic function", "def first[T](items: list[T]) -> T:\n    return items[0]\n"),
    ("bounded type param", "def clamp[N: (int, float)](x: N) -> N:\n    return x\n"),
    ("generic class", "class Box[T]:\n    def __init__(self, item: T):\n        self.item = item\n"),
    ("type param default", "def g[T=int](): pass\n"),
    ("nested same quotes", 'name = "x"\nmsg = f"{"hello"} {name}"\n'),
    ("nested quotes in index", "d = {'k': 1}\nprint(f'{d['k']}')\n"),
    ("nested quotes in call", 'print(f"{len("abc")}")\n'),
    ("nested quotes in dict", 'x = f"{ {"a": 1}}"\n'),
    ("nested quotes after field", 'x = 1\ns = f"{x} and {"y"}"\n'),
    ("nested triple quotes", "s = f'''{'''a'''}'''\n"),
    ("backslash in field", "words = ['a', 'b']\ns = f'{\"\\n\".join(words)}'\n"),
    ("escape in field", "s = f'{ord(\"\\t\")}'\n"),
    ("comment in field", "x = 3\ns = f'''{x # the value\n}'''\n"),
    ("field over lines", "x = 3\ns = f'{x\n}'\n"),
    ("except without parens", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"),
    ("except as without parens", "try:\n    pass\nexcept A, B as e:\n    pass\n"),
    ("unpacking in list comp", "rows = [[1], [2]]\nflat = [*row for row in rows]\n"),
    ("unpacking in set comp", "s = {*r for r in rows}\n"),
    ("unpacking in dict comp", "merged = {**d for d in dicts}\n"),
    ("template string", "name = 'x'\nt = t'hello {name}'\n"),
    ("lazy import", "lazy import json\n"),
    ("parenthesized keyword", "f((a)=1)\n"),
]

for label, src in SOURCES:
    try:
        compile(src, "<tool>", "exec")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})")
    else:
        print(f"{label}: compiles")

# 3.11 syntax that must keep working.
ok = [
    "type = 5\nprint(type)\n",
    "def type(x): return x\n",
    "match = [1]\nmatch[0] = 2\n",
    "def f(*args, **kw): return f'{args!r:>10} {kw}'\n",
    "x = f\"{'a'}\" f'{\"b\"}' f'''{\"c\" + 'd'}''' f\"\"\"{'''e'''}\"\"\"\n",
    "x = f'{3.14:{10}.{2}f}'\n",
    "try:\n    pass\nexcept (A, B):\n    pass\nexcept* C:\n    pass\n",
    "with (open('a') as f, open('b') as g):\n    pass\n",
    "print(*[1], *(2,), **{})\n",
    "x = [(*a, *b) for a, b in c]\n",
    "lazy = 1\nlazy += 1\n",
    "t = 'x'\nt += 'y'\n",
]
for src in ok:
    try:
        compile(src, "<tool>", "exec")
        print("ok:", src.splitlines()[0])
    except SyntaxError as e:
        print("refused:", src.splitlines()[0], e.msg)
