# Messages of everyday failures: unpacking, operand types, subscripts, calls, hashing,
# lookups, arithmetic domains, conversions, attribute typos with suggestions.
import math
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, "|", e, "|", e.args)
attempt("unpack many", lambda: [(a, b) for a, b in [(1, 2, 3)]])
attempt("unpack few", lambda: [(a, b, c) for a, b, c in [(1, 2)]])
def unpack_star():
    a, *b, c = [1]
attempt("unpack star", unpack_star)
def unpack_int():
    a, b = 5
attempt("unpack int", unpack_int)
def unpack_str():
    a, b = "xyz"
attempt("unpack str", unpack_str)
def unpack_dict():
    a, b = {"k": 1}
attempt("unpack dict", unpack_dict)
attempt("str+int", lambda: "a" + 1)
attempt("int+str", lambda: 1 + "a")
attempt("list+tuple", lambda: [1] + (2,))
attempt("none+1", lambda: None + 1)
attempt("sub str", lambda: "a" - "b")
attempt("mul lists", lambda: [1] * [2])
attempt("mul float str", lambda: "ab" * 2.5)
attempt("neg str", lambda: -"a")
attempt("invert float", lambda: ~1.5)
attempt("lt", lambda: 1 < "a")
attempt("lt none", lambda: None < None)
attempt("ge list", lambda: [1] >= (1,))
attempt("sub", lambda: None[0])
attempt("sub int", lambda: 5[0])
attempt("call int", lambda: 5())
attempt("call str", lambda: "x"())
attempt("iter int", lambda: list(5))
attempt("for none", lambda: [x for x in None])
attempt("hash list", lambda: {[1]: 2})
attempt("set of dicts", lambda: {{}})
attempt("dict key", lambda: {"a": 1}["b"])
attempt("dict key tuple", lambda: {}[(1, 2)])
attempt("dict key none", lambda: {}[None])
attempt("list idx", lambda: [1, 2][5])
attempt("list idx str", lambda: [1, 2]["a"])
attempt("tuple idx", lambda: (1,)[-3])
attempt("str idx", lambda: "ab"[10])
attempt("str assign", lambda: "ab".__setitem__(0, "x"))
def str_assign():
    s = "abc"; s[0] = "x"
attempt("str assign2", str_assign)
def tup_assign():
    t = (1,); t[0] = 2
attempt("tuple assign", tup_assign)
def del_tup():
    t = (1,); del t[0]
attempt("tuple del", del_tup)
attempt("zero div", lambda: 1 / 0)
attempt("zero floordiv", lambda: 1 // 0)
attempt("zero mod", lambda: 1 % 0)
attempt("zero float", lambda: 1.0 / 0)
attempt("zero float mod", lambda: 1.0 % 0.0)
attempt("zero divmod", lambda: divmod(1.0, 0))
attempt("zero pow", lambda: 0.0 ** -1)
attempt("sqrt", lambda: math.sqrt(-1))
attempt("log", lambda: math.log(0))
attempt("exp", lambda: math.exp(1000))
attempt("float pow", lambda: 10.0 ** 400)
attempt("int float", lambda: int(float("inf")))
attempt("int nan", lambda: int(float("nan")))
attempt("big float", lambda: float(10 ** 400))
attempt("factorial", lambda: math.factorial(-1))
attempt("shift", lambda: 1 << -1)
attempt("range step", lambda: range(1, 2, 0))
attempt("list remove", lambda: [1].remove(2))
attempt("set remove", lambda: {1}.remove(2))
attempt("frozenset add", lambda: frozenset().add(1))
attempt("dict popitem", lambda: {}.popitem())
attempt("set pop", lambda: set().pop())
attempt("deque attr", lambda: [].push(1))
attempt("none attr", lambda: None.upper())
attempt("int attr", lambda: (5).real.foo)
attempt("module attr", lambda: math.tau2)
attempt("str method typo", lambda: "x".uper())
attempt("list method typo", lambda: [].apend(1))
attempt("name typo", lambda: lenn([1]))
attempt("assert", lambda: exec("assert 1 == 2, 'mismatch %d' % 3"))
attempt("assert bare", lambda: exec("assert []"))
attempt("int base", lambda: int("z", 40))
attempt("int huge str", lambda: int("1" * 5000))
attempt("str huge int", lambda: str(10 ** 5000))
attempt("chr big", lambda: chr(0x110000))
attempt("bytes big", lambda: bytes([256]))
attempt("decode", lambda: b"\xc3\x28".decode())
attempt("encode ascii", lambda: "é".encode("ascii"))
attempt("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
attempt("stopiter", lambda: next(iter(())))
attempt("gen stopiter", lambda: next(x for x in []))
