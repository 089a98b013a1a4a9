tests = [
 "len(5)", "len()", "abs('x')", "min()", "min([])", "max(1)", "max([], default=3)", "min(1, 2, key=None)",
 "sum(['a','b'])", "sum([1], 'x')", "sum([[1],[2]], [])", "sorted([1,'a'])", "sorted([3,1], reverse=1)",
 "iter(5)", "next(iter([]))", "next(5)", "next(iter([]), 'd')", "getattr(1, 'x')", "getattr(1)", "setattr(1, 'x', 2)",
 "delattr(object(), 'x')", "hasattr(1)", "isinstance(1, 5)", "isinstance(1, (int, 5))", "issubclass(1, int)",
 "issubclass(int, (str, 1))", "isinstance(1, int | str)", "round('x')", "round(2.5)", "round(3.14159, 2)", "round(1234, -2)",
 "divmod(7, 0)", "divmod(7.5, 2)", "pow(2, -1, 5)", "pow(2, 3, 0)", "pow(2.0, 3, 4)", "int('12', 1)", "int('z', 36)",
 "int('0x1f', 0)", "int(' 7 ')", "int('1_000')", "int('1__0')", "float('nan') == float('nan')", "float('1e500')", "float('abc')",
 "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "bin(-5)", "oct(8)", "hex(3.0)", "format(255, '#x')", "format(3, 'q')",
 "callable(len)", "callable(1)", "id", "hash([])", "hash((1, [2]))", "bool([])", "list(zip([1,2],[3], strict=True))",
 "list(map(lambda a, b: a+b, [1,2], [3,4,5]))", "list(filter(None, [0, 1, '', 'a']))", "list(enumerate('ab', start=5))",
 "list(reversed(range(3)))", "reversed(5)", "list(reversed({1:2}))", "any([])", "all([])", "ascii('é')", "repr('a\\nb')",
 "dir(5)[:3]", "type(1, 2)", "type('X', (1,), {})", "object(1)", "object().__class__", "super()",
 "print(1, 2, sep='-', end='!\\n')", "print(sep=5)", "input", "eval('1+1')", "exec('x=1')", "compile('1', 'f', 'q')",
 "slice(1, 2, 3)", "slice(1)[0] if False else slice(None).indices(5)", "range(1, 10, 0)", "range(0.5)", "range(10)[2:8:2]",
 "range(5).index(7)", "memoryview(b'ab')[0]", "bytes(-1)", "bytearray('x')", "str(b'x', 'ascii')", "str(1, 'ascii')",
 "frozenset([1]) | {2}", "set.union()", "dict(1)", "dict([(1,)])", "dict(a=1, **{'a': 2})", "list(1)", "tuple(None)",
 "complex('1+2j')", "complex('x')", "complex(1, 'x')", "int(3.9), int(-3.9), int(True)", "int(float('inf'))", "int(float('nan'))",
 "float(10**400)", "10**400 / 1", "1 // 0", "1 % 0", "1.0 / 0", "2 ** -1", "(-8) ** (1/3)", "0 ** -1",
 "[].pop()", "{}.pop(1)", "[1].index(2)", "'abc'.index('d')", "(1,).index(2)", "[].remove(1)", "set().remove(1)",
 "'a' * 'b'", "[1] * 2.0", "'%d' % 'x'", "'%s %s' % (1,)", "'{}'.format()", "'{0}{}'.format(1, 2)", "'{x}'.format()",
 "None()", "(1)()", "[](1)", "1[0]", "None[0]", "{}[[]]", "[][0]", "(1, 2)[5]", "'ab'[9]", "[1][1:'a']",
 "object.__new__(int)", "int.__new__(str)", "str.upper(5)", "dict.fromkeys('ab', 0)",
 "sorted('bca', key=str.upper)", "max('ab', 'c', key=len)", "min([3, 1], default=0, key=lambda x: -x)",
 "list(zip('ab', 'cd', 'ef'))", "map()", "filter(1)", "enumerate()", "iter([], 1)", 
 "aiter", "format(1.5, '.0%')", "format(-0.0, '+g')", "f'{3.14159:.3}'", "f'{1e20:,}'", "f'{12345678:_}'", "'%x' % 255.0",
 "abs(-0.0)", "abs(True)", "abs(-5+0j)", "pow(-2, 0.5)", "max(float('nan'), 1)", "min(1, float('nan'))", "sum([0.1]*10)",
 "sum(range(10), start=5)", "round(0.5), round(1.5), round(-0.5)", "round(2.675, 2)", "round(1e300, -300)", "divmod(-7, 2)",
 "divmod(7, -2.0)", "globals() is globals()", "locals() == globals()", "type(len).__name__", "type(print)", "len.__name__",
 "len.__qualname__", "repr(len)", "repr(dict.get)", "repr([].append)[:26]", "repr(int.__add__)",
 "repr(object.__init__)", "repr(str.join)", "type(str.join)", "type([].append)", "type(int.__add__)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
