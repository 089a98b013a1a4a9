excs = [Exception(), Exception("msg"), Exception("a", 1), ValueError("v"), KeyError("key"), KeyError(42),
        IndexError("idx"), TypeError(), OSError(2, "No such file or directory"), OSError("plain"),
        StopIteration(1), ZeroDivisionError("division by zero"), AttributeError("attr"), NameError("n"),
        RuntimeError("r", "s"), NotImplementedError(), LookupError("l"), ArithmeticError(), AssertionError("a")]
for e in excs:
    print(f"{type(e).__name__:<20} str={str(e)!r:<35} repr={e!r}")
class MyErr(Exception):
    pass
print(repr(MyErr("x")), str(MyErr("x", "y")), MyErr().args)
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
d = Detailed(404, "not found")
print(str(d), repr(d), d.args, d.code)
