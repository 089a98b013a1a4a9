# Syntax errors inside `case` patterns: patterns are not expressions, so CPython gives plain
# "invalid syntax" (no dictionary or missing-comma hints) at the token where its parser stops,
# and its compiler's errors point where it was when it found them.
srcs = [
    "match x:\n  case {1, 2}:\n    pass\n",
    "match x:\n  case {1}:\n    pass\n",
    "match x:\n  case {'a': 1, 'b'}:\n    pass\n",
    "match x:\n  case (1 2):\n    pass\n",
    "match x:\n  case [1 2]:\n    pass\n",
    "match x:\n  case [a, b c]:\n    pass\n",
    "match x:\n  case a := 1:\n    pass\n",
    "match x:\n  case *a:\n    pass\n",
    "match x:\n  case (*a):\n    pass\n",
    "match x:\n  case *a | b:\n    pass\n",
    "match x:\n  case {*a}:\n    pass\n",
    "match x:\n  case A(*b):\n    pass\n",
    "match x:\n  case -a:\n    pass\n",
    "match x:\n  case - a:\n    pass\n",
    "match x:\n  case -'s':\n    pass\n",
    "match x:\n  case {a: 1}:\n    pass\n",
    "match x:\n  case {'a': 1, b: 2}:\n    pass\n",
    "match x:\n  case {a.b(): 1}:\n    pass\n",
    "match x:\n  case None():\n    pass\n",
    "match x:\n  case f'a':\n    pass\n",
    "match x:\n  case (a, b) | (b, c):\n    pass\n",
    "match x:\n  case [a, [b]] | [a, [c]]:\n    pass\n",
    "match x:\n  case P(x=a) | P(y=b, z=_):\n    pass\n",
    "match x:\n  case a | 1:\n    pass\n",
    "match x:\n  case {'k': v} | {'j': w}:\n    pass\n",
    "match x:\n  case [1, 2]:\n    pass\n  case (3, 4):\n    pass\n",
    "case = 1\ncase += 2\ncase.real\n",
]
for s in srcs:
    try:
        compile(s, "<case>", "exec")
        print("compiles:", repr(s))
    except SyntaxError as e:
        print(f"{e.msg} @ {e.lineno}:{e.offset}  {s.splitlines()[1].strip()}")

# The patterns that do compile still match as before.
for subject in ([1, 2], (3, 4), {"k": 5}, {"j": 6}, "other"):
    match subject:
        case [1, 2]:
            print("list", subject)
        case (3, 4):
            print("tuple", subject)
        case {"k": v} | {"j": v}:
            print("mapping", v)
        case _:
            print("no match", subject)
