# Runtime errors: the exception type and CPython's message for common mistakes.
import sys
CASES = [
 "1/0", "1//0", "1%0", "1.0/0", "divmod(1, 0)", "[][0]", "()[1]", "'abc'[5]", "{}['k']", "{1:2}[(1,2)]",
 "int('x')", "int('1.5')", "float('abc')", "int(None)", "len(5)", "None.foo", "'a'.foo", "[].foo",
 "1 + 'a'", "'a' + 1", "[1] + (1,)", "1 < 'a'", "[] < {}", "None()", "'a'()", "5[0]", "x = 5; x[0] = 1",
 "del (1).x", "object().x = 1", "undefined_name", "def f(): return y\nf()", "def f():\n    y\n    y = 1\nf()",
 "def f(a): pass\nf()", "def f(a): pass\nf(1, 2)", "def f(a): pass\nf(b=1)", "def f(*, a): pass\nf(1)",
 "class C:\n    def m(self): pass\nC().m(1)", "class C:\n    def __init__(self, x): pass\nC()",
 "iter(5)", "next(iter([]))", "a, b = [1]", "a, b = [1, 2, 3]", "a, = []", "[1, 2].index(5)", "[].pop()",
 "{}.pop('x')", "set().pop()", "set().remove(1)", "'abc'.index('z')", "import nosuchmodule",
 "raise ValueError", "raise ValueError('msg')", "raise KeyError('k')", "assert False", "assert 1 == 2, 'oops'",
 "hash([])", "{[]: 1}", "{[]}", "sum(['a', 'b'])", "max([])", "min()", "sorted([1, 'a'])", "chr(-1)", "ord('ab')",
 "int('10', 1)", "'%d' % 'a'", "'{}'.format()", "'{0}{1}'.format(1)", "f'{1:q}'", "format(1, 'q')",
 "range(1.5)", "list(1)", "tuple(1)", "dict([1])", "dict([(1,2,3)])", "'a' * 'b'", "[1] * 1.5", "-'a'", "~1.5",
 "abs('a')", "round('a')", "pow(2, -1, 5) and pow(2, 1, 0)", "2 ** 10000 * 1.0", "import math; math.sqrt(-1)",
 "import math; math.log(0)", "getattr(1, 'x')", "setattr(1, 'x', 2)", "isinstance(1, 2)",
 "issubclass(1, int)", "super()", "open('/nonexistent/file')", "bytes('abc')", "b'a' + 'b'", "'a'.join([1])",
 "x = [1]; x[1:2:0]", "'abc'.split('')", "int.from_bytes('a', 'big')", "(1).to_bytes(1, 'middle')",
 "sys.exit('bye')", "class A: pass\nclass B(A, A): pass", "def g():\n    yield\ng().send(1)",
 "frozenset().add(1)", "(1, 2).append(3)", "'abc'.append", "print(1, sep=1)", "print(end=5)", "input(1, 2)",
 "memoryview('a')", "[].sort(key=1)", "sorted([3, 1], key=lambda x: x.y)", "x: int = 'a'; x.bit_length()",
 "class C:\n    __slots__ = ('a',)\nC().b = 1", "@property\ndef f(self): pass\nf.fset(1, 2)", "lambda: (yield)", "global_var += 1",
 "def f():\n    nonlocal_var = 1\n    def g():\n        nonlocal nonlocal_var\n        nonlocal_var += 1\n        del nonlocal_var\n        nonlocal_var\n    g()\nf()",
 "float('inf') // 0", "int(float('inf'))", "int(float('nan'))", "10 ** -1 % 0", "[1,2,3][::0]", "complex('x')",
 "'abc'.center(5, 'ab')", "'abc'.encode('nope')", "b'\\xff'.decode()", "'x'.removeprefix(1)", "list.append(1, 2)",
 "enumerate(1)", "zip(1)", "map(None, 1)", "reversed(5)", "slice()", "object.__new__(1)", "NotImplemented()",
]
for src in CASES:
    try:
        exec(src, {"sys": sys})
        print("ok")
    except SystemExit as e:
        print("SystemExit", repr(e.code))
    except BaseException as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " "))
