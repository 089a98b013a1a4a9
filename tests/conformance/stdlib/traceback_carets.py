# traceback.format_exc() draws CPython 3.11's caret lines (~~~^^^) under the failing part of
# each source line: binary operators, subscripts, attributes, calls, method chains,
# multi-line expressions, non-ASCII lines, lambdas, comprehensions and chained exceptions.
import os as _os
import sys as _sys


class _RelativePaths:
    """Stdout with this directory's path cut out, so the output is the same wherever the
    suite runs (tracebacks name files by absolute path)."""

    def __init__(self, out, prefix):
        self.out, self.prefix = out, prefix

    def write(self, s):
        return self.out.write(s.replace(self.prefix, "<dir>/"))

    def flush(self):
        self.out.flush()


_sys.stdout = _RelativePaths(_sys.stdout, _os.path.dirname(_os.path.abspath(__file__)) + "/")

import traceback


def show(fn):
    print("==", fn.__name__)
    try:
        fn()
    except Exception:
        print(traceback.format_exc())


class Account:
    def __init__(self):
        self.history = [10, 20]
        self.meta = {"owner": "ann"}

    def rate(self, x):
        return x / 0

    def me(self):
        return self


def add_mixed():
    a = 1; b = "s"; return a + b


def floor_div_zero():
    x = 5
    y = 0
    return (x * 2) // y


def missing_key():
    d = {"a": 1}
    return d["missing"]


def index_past_end():
    lst = [1, 2, 3]
    value = lst[10]
    return value


def missing_attr():
    acct = Account()
    return acct.balance


def method_chain():
    acct = Account()
    return acct.me().me().rate(3)


def bad_int():
    return int("abc")


def nested_calls():
    return len(str(int("x")))


def multi_line_call():
    return max(
        1,
        int("z"),
    )


def multi_line_binop():
    total = (1 +
             2 +
             "x")
    return total


def multi_line_chain():
    text = "a,b"
    return (text
            .upper()
            .split(",")
            .missing())


def lambda_attr():
    f = lambda q: q.nope
    return f(1)


def comprehension():
    return [1 / x for x in [1, 0]]


def generator_expr():
    return sum(x.size for x in [1])


def non_ascii():
    s = "héllo"; return s + 1


def wide_chars():
    s = "日本語"; return s + 1


def non_ascii_names():
    données = {"clé": 1}
    return données["clé"] + données["été"]


def nested_subscript():
    m = [[1, 2], [3]]
    return m[1][1]


def power_str():
    return 2 ** "x"


def compare_mixed():
    return 1 < "a"


def unpack_too_many():
    a, b = [1, 2, 3]


def tuple_item_store():
    t = (1, 2)
    t[0] = 5


def augmented_name():
    x = 1
    x += "a"


def augmented_item():
    d = {}
    d["k"] += 1


def plain_raise():
    raise ValueError("plain")


def chained_from():
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def chained_context():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]


def fstring_expr():
    return f"{1/0}"


def unary_minus():
    return -"x"


def slice_none():
    return None[1:2]


def unhashable_key():
    return {[]: 1}


def call_then_subscript():
    return Account().history[5]


def parenthesized():
    return (1 + 2) * (3 / 0)


def whole_line_call():
    undefined_function()


def key_function():
    return sorted([3, 1], key=lambda v: v.x)


def with_comment():
    x = 1 / 0  # divide


def semicolons():
    a = 1; b = 0; c = a / b


def call_none():
    x = None
    x()


def conditional():
    return 1 if {}["a"] else 2


def assert_compare():
    a = 5
    assert a < 3, "too big"


def assert_plain():
    ok = False
    assert ok, "not ok"


def recurse(n):
    if n == 0:
        return {}["deep"]
    return recurse(n - 1)


def deep():
    recurse(4)


def decorated():
    def deco(f):
        return f.missing

    @deco
    def inner():
        pass


def class_body():
    class K:
        x = 1 / 0


def iterate_int():
    for x in 5:
        pass


def multi_line_subscript():
    d = {}
    return d[
        "key"
    ]


def keyword_arguments():
    def f(a):
        return a
    return f(**{"b": 1})


for fn in [add_mixed, floor_div_zero, missing_key, index_past_end, missing_attr, method_chain,
           bad_int, nested_calls, multi_line_call, multi_line_binop, multi_line_chain,
           lambda_attr, comprehension, generator_expr, non_ascii, wide_chars, non_ascii_names,
           nested_subscript, power_str, compare_mixed, unpack_too_many, tuple_item_store,
           augmented_name, augmented_item, plain_raise, chained_from, chained_context,
           fstring_expr, unary_minus, slice_none, unhashable_key, call_then_subscript,
           parenthesized, whole_line_call, key_function, with_comment, semicolons, call_none,
           conditional, assert_compare, assert_plain, deep, decorated, class_body,
           iterate_int, multi_line_subscript, keyword_arguments]:
    show(fn)
