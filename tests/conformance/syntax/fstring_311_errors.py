# f-strings as CPython 3.11 reads them: the literal ends at its own quote, then each
# replacement field is scanned and compiled as "(expr)".
SNIPPETS = [
    "print(f'Hello {name')\n",
    "print(f'{')\n",
    "print(f'{x!r')\n",
    "print(f'{x:>10')\n",
    "x = f'{}'\n",
    "x = f'{ }'\n",
    "x = f'}'\n",
    "x = f'{x}}'\n",
    "x = f'{{x}'\n",
    "x = f'{!r}'\n",
    "x = f'{:x}'\n",
    "x = f'{x!z}'\n",
    "x = f'{x!}'\n",
    "x = f'{x!rr}'\n",
    "x = f'{x! r}'\n",
    "x = f'{x=!}'\n",
    "x = f'{x = 1}'\n",
    "x = f'{(}'\n",
    "x = f'{]}'\n",
    "x = f'{x)}'\n",
    "x = f'{a[1)}'\n",
    "x = f'{a[}'\n",
    "x = f'{x:{y:{z}}}'\n",
    "x = f'{x:{}}'\n",
    "x = f'{a b}'\n",
    "x = f'{*x}'\n",
    "x = f'{**x}'\n",
    "x = f'{lambda x: 1}'\n",
    "x = f'{1 +}'\n",
    "x = f'{a if b}'\n",
    "x = f'{import os}'\n",
    "x = f'{'a'}'\n",
    "x = f'{x}' f'{'\n",
    "x = 'a' f'{'\n",
    "x = fr'{x}' + Rf'{y' \n",
    "x = rf'{x\\n}'\n",
    "x = (f'{a}'\n     f'{b')\n",
    # valid in 3.11
    "x = f'{a!r:>{w}}' f'{b=}' f'{c = !s:^5}' f'{d:%Y}' f'{{}}'\n",
    "x = f'{a != b} {a == b} {a <= b} {a >= b} {a < b} {a > b}'\n",
    "x = f'{x:=10}'\n",
    "x = f'{(x := 10)}'\n",
    "x = f'{d[\"k\"]}' f\"{d['k']}\" f'''{\"a\" + 'b'}'''\n",
    "x = f'{3.14:{10}.{2}f}'\n",
    "x = f'\\N{BULLET} {x}'\n",
]


def diagnose(src):
    try:
        compile(src, "<fs>", "exec")
    except SyntaxError as e:
        return f"{e.msg} (line {e.lineno}, col {e.offset})"
    return "ok"


for snippet in SNIPPETS:
    print(f"{snippet.strip()!r:44} -> {diagnose(snippet)}")

x, w, name = 3.14159, 9, "pyseal"
print(f"{x:{w}.{2}f}|{name!r:^{w + 4}}|{x=:.3}|{name=}")
