# compile(), exec() and eval() refuse source text holding a NUL character, str or bytes, with
# CPython's SyntaxError (no location); the last one goes uncaught.
for src in ["x = 1\0", b"y = 2\0", "\0", "ok = 3"]:
    for name, f in [("compile", lambda s: compile(s, "f.py", "exec")), ("exec", exec), ("eval", eval)]:
        try:
            r = f(src)
            print(name, repr(src), "->", type(r).__name__)
        except SyntaxError as e:
            print(name, repr(src), type(e).__name__, e, e.msg, e.lineno, e.offset, e.filename, e.text, e.args)
exec("print('never')\0")
