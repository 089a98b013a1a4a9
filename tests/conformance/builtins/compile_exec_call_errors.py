# The call checks of compile(), exec(), eval() and __import__() in CPython's words (argument
# clinic: too many positionals, missing required arguments, unknown keywords, argument types
# in parameter order), and dir() of a function listing its own attributes.
def show(f):
    try:
        r = f()
        print("OK", r if not hasattr(r, "co_filename") else ("code", r.co_filename))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: exec())
show(lambda: exec("1", {}, {}, {}))
show(lambda: exec("1", {}, {}, closure=None))
show(lambda: exec(source="1"))
show(lambda: exec("1", globals={}))
show(lambda: exec("1", {}, {}, closure=()))
show(lambda: eval("1", {}, {}, {}))
show(lambda: eval("1", globals={}))
show(lambda: eval(source="1"))
show(lambda: compile())
show(lambda: compile("x"))
show(lambda: compile("x", "f"))
show(lambda: compile("x", "f", "exec", 0, False, -1, 5))
show(lambda: compile("x", "f", "exec", foo=1))
show(lambda: compile("x", "f", "exec", source="y"))
show(lambda: compile(source="x", filename="f", mode="eval"))
show(lambda: compile("x", filename=b"bytes_name", mode="eval", dont_inherit=True, optimize=2))
show(lambda: compile(5, "f", "exec"))
show(lambda: compile("x", 5, "exec"))
show(lambda: compile("x", "f", 5))
show(lambda: compile(5, "f", "nope"))
show(lambda: compile(5, 5, 5))
show(lambda: __import__())
show(lambda: __import__("math", foo=1))
show(lambda: __import__(name="math").pi)
show(lambda: __import__(5))
show(lambda: __import__(""))
show(lambda: __import__("math", None, None, None, -1))
show(lambda: __import__("math", None, None, None, 0, 9))


def documented():
    pass


documented.tag = "t"
documented.owner = "me"
print([n for n in dir(documented) if not n.startswith("__")])
print("__wrapped__" in dir(documented), "tag" in dir(documented))
