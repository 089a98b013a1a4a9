from itertools import accumulate
import operator
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
tryit("a", lambda: list(accumulate([1, 2, 3])))
tryit("b", lambda: list(accumulate([1, 2, 3], operator.mul)))
tryit("c", lambda: list(accumulate([1, 2, 3], initial=10)))
tryit("d", lambda: list(accumulate([], initial=10)))
tryit("e", lambda: list(accumulate([])))
tryit("f", lambda: list(accumulate([1, 2], None, initial=None)))
tryit("g", lambda: list(accumulate(iterable=[1, 2], func=max)))
tryit("h", lambda: accumulate([1], max, 3))
tryit("i", lambda: accumulate())
tryit("j", lambda: accumulate([1], foo=3))
tryit("k", lambda: accumulate(5))
tryit("l", lambda: list(accumulate(['a', 'b'], initial='z')))
tryit("m", lambda: list(accumulate([[1], [2]])))
tryit("n", lambda: list(accumulate([1, 'a'])))
tryit("o", lambda: accumulate([1], func=max, initial=0, x=1))
tryit("p", lambda: list(accumulate([None, 1], lambda a, b: (a, b))))
class A(accumulate):
    pass
tryit("q", lambda: (type(A([1, 2])).__name__, list(A([1, 2]))))
tryit("r", lambda: repr(accumulate([1]))[:30])
