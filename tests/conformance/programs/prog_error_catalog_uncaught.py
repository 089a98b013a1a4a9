class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")

class Config:
    REQUIRED = ("name", "port")
    def __init__(self, **kw):
        missing = [f for f in self.REQUIRED if f not in kw]
        if missing:
            raise ValidationError(missing[0], "required")
        self.__dict__.update(kw)

def check(label, fn):
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

check("int", lambda: int("12a"))
check("int2", lambda: int("  42  "))
check("float", lambda: float("1e-3x"))
check("div", lambda: 1 // 0)
check("mod", lambda: 1.5 % 0)
check("key", lambda: {"a": 1}["b"])
check("idx", lambda: [1, 2][5])
check("tup", lambda: (1,)[-3])
check("str idx", lambda: "abc"[10])
check("attr", lambda: (1).foo)
check("none attr", lambda: None.upper())
check("call", lambda: "x"())
check("add", lambda: "a" + 1)
check("add2", lambda: 1 + "a")
check("mul", lambda: [1] * "3")
check("unpack", lambda: [a for a, b in [(1, 2, 3)]])
check("unpack2", lambda: [(a, b) for a, b in [(1,)]])
check("config", lambda: Config(name="x"))
check("config ok", lambda: Config(name="x", port=1).port)
check("args", lambda: check())
check("kw", lambda: Config(1))
check("sorted", lambda: sorted([1, "a"]))
check("min", lambda: min([]))
check("max", lambda: max(1))
check("pop", lambda: [].pop())
check("dpop", lambda: {}.pop("k"))
check("popitem", lambda: {}.popitem())
check("remove", lambda: [1].remove(2))
check("setrm", lambda: set().remove(3))
check("chr", lambda: chr(-1))
check("ord", lambda: ord("ab"))
check("hash", lambda: hash([1]))
check("dict key", lambda: {[1]: 2})
check("iter", lambda: iter(5))
check("next", lambda: next(iter([])))
check("round", lambda: round("1.5"))
check("fmt", lambda: format(1.5, "d"))
check("fmt2", lambda: "{:>5d}".format("x"))
check("fmt3", lambda: "{} {}".format(1))
check("fmt4", lambda: "{a}".format(b=1))
check("pct", lambda: "%d" % "x")
check("pct2", lambda: "%s %s" % (1,))
check("pct3", lambda: "%s" % (1, 2))
check("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
check("bytes", lambda: bytes([256]))
check("decode", lambda: b"\xff".decode("utf-8"))
check("encode", lambda: "é".encode("ascii"))
check("int base", lambda: int("z", 36) + int("0x1f", 16) + int("0b101", 0))
check("int base bad", lambda: int("9", 8))
check("pow", lambda: pow(2, -1, 7))
check("pow0", lambda: 0 ** -1)
check("sqrt", lambda: __import__("math").sqrt(-1))
check("log", lambda: __import__("math").log(0))
check("float big", lambda: float(10 ** 400))
check("int inf", lambda: int(float("inf")))
check("int nan", lambda: int(float("nan")))
check("slice step", lambda: [1, 2, 3][::0])
check("assign slice", lambda: exec("a=[1,2,3]; a[::2] = [1]"))
check("tuple assign", lambda: exec("t=(1,); t[0]=2"))
check("str assign", lambda: exec("s='ab'; s[0]='x'"))
check("del", lambda: exec("x=1; del x; print(x)"))
check("unbound", lambda: exec("def f():\n  y += 1\nf()"))
check("isinstance", lambda: isinstance(1, 1))
check("super", lambda: exec("class A:\n  def f(self): return super().g()\nA().f()"))
check("abstract", lambda: exec("import abc\nclass A(abc.ABC):\n  @abc.abstractmethod\n  def f(self): ...\n  @abc.abstractmethod\n  def g(self): ...\nA()"))
check("frozen dc", lambda: exec("import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass P:\n  x: int\nP(1).x = 2"))
check("enum", lambda: exec("import enum\nclass C(enum.Enum):\n  A = 1\nC.A = 2"))
check("assert", lambda: exec("assert 1 == 2, 'math broke'"))
check("chained", lambda: exec("try:\n  1/0\nexcept ZeroDivisionError as e:\n  raise ValueError('v') from e"))
e = None
try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise RuntimeError("lookup failed") from ke
except RuntimeError as re_:
    e = re_
print(repr(e), repr(e.__cause__), e.__suppress_context__, isinstance(e.__context__, KeyError))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
def gen_fin():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("finally runs")
try:
    for v in gen_fin():
        print(v)
except ValueError as err:
    print("got", err, err.args)
print(ValueError("a", 2).args, str(KeyError("k")), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "nf")))
r = Config(name="svc", port=8080)
print(sorted(vars(r).items()))
raise ValidationError("port", "must be int")
