def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class StrLen:
    def __len__(self): return '3'
class FloatHash:
    def __hash__(self): return 1.5
class BigHash:
    def __hash__(self): return 2 ** 70
class BadIter:
    def __iter__(self): return 5
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class BadIndex:
    def __index__(self): return 'x'
class GoodIndex:
    def __index__(self): return 2
class InitRet:
    def __init__(self): return 5
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
class NotImpl:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
class LenOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return 'abc'[i]
class BadRepr:
    def __repr__(self): raise ValueError('repr boom')
class BadStr:
    def __str__(self): return b'x'
class IntRet:
    def __int__(self): return 'no'
    def __float__(self): return 1
class CmplxRet:
    def __complex__(self): return 1
class BadNext:
    def __iter__(self): return self
class ContainsNone:
    def __contains__(self, x): return None
n = NotImpl()
tests = [
 ('bool', lambda: bool(BadBool())), ('if', lambda: 'y' if BadBool() else 'n'), ('neglen', lambda: len(NegLen())),
 ('biglen', lambda: len(BigLen())), ('strlen', lambda: len(StrLen())), ('boolneg', lambda: bool(NegLen())),
 ('floathash', lambda: hash(FloatHash())), ('bighash', lambda: hash(BigHash()) == hash(2**70)), ('setbig', lambda: len({BigHash()})),
 ('baditer', lambda: iter(BadIter())), ('forbad', lambda: [x for x in BadIter()]), ('getitemseq', lambda: list(GetItemSeq())),
 ('in seq', lambda: (20 in GetItemSeq(), 5 in GetItemSeq())), ('unpack', lambda: (lambda a, b, c: a + b + c)(*GetItemSeq())),
 ('badindex', lambda: [1, 2, 3][BadIndex()]), ('goodindex', lambda: ([1, 2, 3][GoodIndex()], 'abcd'[:GoodIndex()], range(GoodIndex()), bin(GoodIndex()))),
 ('mul index', lambda: 'ab' * GoodIndex()), ('initret', lambda: InitRet()), ('newother', lambda: NewOther()),
 ('eq notimpl', lambda: (n == n, n == NotImpl(), n != NotImpl(), n == 1)), ('lt notimpl', lambda: n < n),
 ('reversed', lambda: list(reversed(LenOnly()))), ('badrepr', lambda: repr([BadRepr()])), ('badstr', lambda: str(BadStr())),
 ('intret', lambda: int(IntRet())), ('floatret', lambda: float(IntRet())), ('cmplx', lambda: complex(CmplxRet())),
 ('badnext', lambda: next(BadNext())), ('for badnext', lambda: [x for x in BadNext()]), ('contains none', lambda: 1 in ContainsNone()),
 ('notin none', lambda: 1 not in ContainsNone()), ('chain', lambda: 1 < 2 < 3 > 2 == 2 != 3), ('cmp types', lambda: [] < ()),
 ('cmp none', lambda: None < 1), ('eq mix', lambda: (1 == 1.0, 1 == True, 'a' == b'a', (1,) == [1])),
 ('sort mixed', lambda: sorted([3, 1.5, True])), ('max obj', lambda: max([object(), object()])),
 ('hash list in set', lambda: {[1]}), ('dict key', lambda: {{}: 1}), ('unhashable sub', lambda: hash(type('L', (list,), {})())),
 ('call non', lambda: BadBool()()), ('iter int', lambda: list(5)), ('getitem obj', lambda: object()[0]), ('setitem', lambda: exec('x = object(); x[0] = 1')),
 ('delitem', lambda: exec('x = (1,); del x[0]')), ('attr none', lambda: None.foo), ('len obj', lambda: len(object())),
 ('abs obj', lambda: abs(object())), ('neg str', lambda: -'a'), ('inv float', lambda: ~1.5), ('pos list', lambda: +[]),
 ('add mix', lambda: 1 + 'a'), ('radd', lambda: 'a' + 1), ('list+tuple', lambda: [1] + (2,)), ('iadd tuple', lambda: exec('l=[1]; l += (2,); print(l)')),
 ('dict|list', lambda: {} | []), ('set - list', lambda: {1} - [1]), ('matmul', lambda: 1 @ 2), ('pow3', lambda: pow(1, 2, 3.0)),
 ('round obj', lambda: round(object())), ('divmod str', lambda: divmod('a', 1)), ('sum strs', lambda: sum('abc')),
]
for label, f in tests:
    attempt(label, f)
