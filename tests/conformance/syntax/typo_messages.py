# Typos people make when coming from other languages, and what CPython says about each.
SNIPPETS = [
    "x = 10\nif x => 5:\n    print(x)\n",
    "if x =< 5:\n    pass\n",
    "if x = 5:\n    pass\n",
    "while n = 0:\n    pass\n",
    "if x:\n    pass\nelse if y:\n    pass\n",
    "def f() {\n}\n",
    "class Stack {\n}\n",
    "for x in items {\n}\n",
    "try {\n}\n",
    "try:\n    pass\nfinally {\n}\n",
    "def area(w, h) -> int {\n}\n",
    "names = ['a', 'b'\nfor n in names:\n    print(n)\n",
    "total = sum([1, 2, 3]\nprint(total)\n",
    "config = {'debug': True\nrun(config)\n",
    "for x in y\n    print(x\n",
    "class Dog:\n    def __init__(self, name)\n        self.name = name\n",
    "print 'hello'\n",
    "x++\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    return "ok"


for i, src in enumerate(SNIPPETS):
    print(i, diagnose(src))
