import io
import tokenize
import token
from tokenize import generate_tokens, untokenize, TokenInfo

SRC = '''# A small module
import os, sys

def greet(name: str = "world", *args, **kw) -> str:
    """Say hello.

    Multi-line docstring.
    """
    if name and len(name) > 0x1F or 1_000 >= 3.5e-2j:
        return f"Hello, {name}!" + 'x' + rb'\\d'
    else:
        values = [1, 2,
                  3]  # trailing comment
        x = y = values[0] ** 2 // 3 @ m
        x += 1; x -= .5
        return ...
\tpass_through = lambda a: a \\
    + 1
class Point:
    pass
'''

def show(src):
    for tok in generate_tokens(io.StringIO(src).readline):
        print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end,
              token.tok_name[tok.exact_type])

try:
    show(SRC)
except Exception as e:
    print(type(e).__name__, e)
show("x = 1")
show("if x:\n    y = 2\n# end")
show("")
toks = list(generate_tokens(io.StringIO(SRC).readline))
print(untokenize(toks) == SRC)
print(repr(untokenize([(t.type, t.string) for t in generate_tokens(io.StringIO("a = (1 +\n  2)\nprint( 'x' 'y')\n").readline)])))
print(toks[3])
print(toks[3]._replace(string="zz").string, toks[3].exact_type, toks[3].type)
btoks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n").readline))
for t in btoks:
    print(t)
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfprint(1)\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"#!/usr/bin/env python\n# coding=utf8\nx=1\n").readline))
for bad in ['s = """never closed\n', "x = (1,\n", "if x:\n        a\n    b\n"]:
    try:
        list(generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except IndentationError as e:
        print("IndentationError", e.args)
names = [t.string for t in generate_tokens(io.StringIO(SRC).readline) if t.type == token.NAME]
print(len(names), sorted(set(names))[:10])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.N_TOKENS)
print(tokenize.untokenize(btoks))
print(repr(list(generate_tokens(io.StringIO("x = $\n").readline))[2]))
print([t.string for t in generate_tokens(io.StringIO("a='it''s' \"q\\\"\" 0b1_0 0o17 1e10 1.j .5e+3 a.b a...b\n").readline)])
