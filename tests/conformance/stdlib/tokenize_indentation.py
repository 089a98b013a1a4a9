# tokenize: INDENT/DEDENT streams for nested blocks closed several at once, tabs and form
# feeds, comments and blank lines inside blocks, and the unindent error.
import io
import tokenize

def dump(src):
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.NL,
                            tokenize.COMMENT, tokenize.ENDMARKER):
                print("   ", tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
    except (IndentationError, tokenize.TokenError) as e:
        print("    error:", type(e).__name__, e.args)

sources = [
    "if a:\n    if b:\n        if c:\n            x = 1\ny = 2\n",
    "def f():\n    pass\n\n    # comment at block level\n\n  # shallow comment\n    return 1\n",
    "class A:\n\tdef m(self):\n\t\treturn 1\n\tz = 2\n",
    "if x:\n        deep = 1\n    bad = 2\n",
    "if x:\n    a = 1\n  b = 2\n",
    "for i in r:\n    if i:\n        continue\n    else:\n        break\nelse:\n    done()\n",
    "if a:\n\f    b = 1\n",
    "x = (1,\n     2)\nif x:\n    y = [\n  3]\n",
    "if a:\n    b = '''multi\nline'''\n    c = 1\n",
    "while True:\n    if x:\n        pass\n",
]
for src in sources:
    print(repr(src))
    dump(src)
