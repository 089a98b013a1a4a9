# A block header with nothing after it but blank lines and comments: CPython reports the
# missing block at the last line of the source, just past its text.

sources = [
    "if ready:",
    "if ready:\n",
    "if ready:\n\n",
    "if ready:\n    \n",
    "if ready:\n# todo\n",
    "if ready:\n# todo",
    "if ready:\n\n# todo\n\n",
    "if ready:  # todo\n",
    "def f():\n    '''doc'''\n    if y:\n",
    "class A:\n  def f(self):\n\n\n",
    "for i in range(3):\n    pass\nelse:\n\n",
    "try:\n    pass\nexcept ValueError:\n# later\n",
    "while True:\nprint('x')\n",
]
for src in sources:
    try:
        compile(src, "<source>", "exec")
    except SyntaxError as exc:
        print(type(exc).__name__, exc.msg)
        print("   at", exc.lineno, exc.offset, repr(exc.text))
