# Unpacking errors, generator protocol errors (StopIteration turned RuntimeError, running
# generators, ignored GeneratorExit), assert messages, bad raise/except targets, and the
# args, str and repr of exceptions built directly (OSError subclasses, groups, UnicodeError).
import sys
def show(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except BaseException as e:
        print(label, type(e).__name__, "|", e, "|", repr(e), "|", e.args)

def unpack1(): a, b = [1, 2, 3]
def unpack2(): a, b, c = (1,)
def unpack3(): a, *b, c = [1]
def unpack4(): a, b = 5
def unpack5(): (a, b), c = [1, 2], 3
def unpack6(): a, b = "xyz"
def unpack7(): a, b = {1: 2}
def unpack8(): [a] = []
def unpack9():
    for x, y in [(1, 2), (3,)]: pass
def unpack10(): a, b = iter([1, 2, 3])
def unpack11(): a, b = None
def unpack12(): a, *b = 1
for f in [unpack1, unpack2, unpack3, unpack4, unpack5, unpack6, unpack7, unpack8, unpack9, unpack10, unpack11, unpack12]:
    show(f.__name__, f)

def gen_stop():
    yield 1
    raise StopIteration
show("g1", lambda: list(gen_stop()))
def gen_ret():
    yield 1
    return "done"
g = gen_ret(); next(g)
show("g2", lambda: next(g))
show("g3", lambda: next(g))
def running():
    yield next(gr)
gr = running()
show("g4", lambda: next(gr))
show("g5", lambda: gen_ret().send(5))
show("g6", lambda: gen_ret().throw(ValueError("thrown")))
show("g7", lambda: next(iter([])))
show("g8", lambda: next(x for x in []))
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer(); next(c)
show("g9", lambda: c.close())
show("a1", lambda: exec("assert 1 == 2"))
show("a2", lambda: exec("assert False, 'custom msg'"))
show("a3", lambda: exec("assert [], ('tuple', 1)"))
show("a4", lambda: exec("x = 5\nassert x < 3, f'x is {x}'"))
show("r1", lambda: exec("raise 5"))
show("r2", lambda: exec("raise ValueError from 5"))
show("r3", lambda: exec("raise"))
show("r4", lambda: exec("raise int"))
show("r5", lambda: exec("raise KeyError"))
show("r6", lambda: exec("try:\n  1/0\nexcept 5:\n  pass"))
show("r7", lambda: exec("try:\n  1/0\nexcept (ValueError, 'x'):\n  pass"))
show("r8", lambda: exec("class E(Exception):\n  def __init__(self): pass\nraise E"))
show("r9", lambda: exec("class E(Exception):\n  def __init__(self, a, b): super().__init__(a)\nraise E(1, 2)"))
show("r10", lambda: exec("raise StopIteration(1, 2)"))
show("r11", lambda: KeyError())
show("r12", lambda: str(KeyError("a", "b")))
show("r13", lambda: str(KeyError("")))
show("r14", lambda: repr(OSError(2, "No such file", "x.txt")))
show("r15", lambda: str(OSError(2, "No such file", "x.txt")))
show("r16", lambda: open("/nonexistent/file.txt"))
show("r17", lambda: open("/"))
show("r18", lambda: int.__new__(str))
show("r19", lambda: object.__new__(int))
show("r20", lambda: BaseException.__new__(1))
show("r21", lambda: Exception(1, 2).with_traceback(5))
show("r22", lambda: ValueError().add_note(5))
show("r23", lambda: ExceptionGroup("m", []))
show("r24", lambda: ExceptionGroup("m", [1]))
show("r25", lambda: ExceptionGroup(1, [ValueError()]))
show("r26", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]).__class__)
show("r27", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("r28", lambda: str(ExceptionGroup("m", [ValueError(), KeyError()])))
show("r29", lambda: repr(ExceptionGroup("m", [ValueError(1)])))
show("r30", lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"))
show("r31", lambda: str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
show("r32", lambda: SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 3)))
show("r33", lambda: str(SystemExit(1, 2)))
show("r34", lambda: SystemExit(1, 2).code)
show("r35", lambda: StopIteration(1, 2).value)
show("r36", lambda: ImportError("m", name="n", path="p").path)
show("r37", lambda: ImportError("m", foo=1))
show("r38", lambda: AttributeError("x", name="n", obj=1).obj)
show("r39", lambda: NameError("x", name="n").name)
show("r40", lambda: KeyError(("a", 1)).__str__())
show("r41", lambda: IndexError().__repr__())
show("r42", lambda: Exception("a",).__reduce__())
show("r43", lambda: ValueError("x") == ValueError("x"))
show("r44", lambda: isinstance(ZeroDivisionError(), ArithmeticError))
show("r45", lambda: [c.__name__ for c in FileNotFoundError.__mro__])
show("r46", lambda: OSError(2, "x").__class__.__name__)
show("r47", lambda: OSError(13, "x").__class__.__name__)
show("r48", lambda: type(OSError(17, "e", "f")).__name__)
show("r49", lambda: EnvironmentError is OSError and IOError is OSError)
show("r50", lambda: str(OSError(2, "x", "a", None, "b")))
