tests = [
 "dict.__eq__({}, 1)", "dict.__eq__({}, {})", "dict.__ne__({}, 1)", "dict.__lt__({}, {})",
 "list.__eq__([], 1)", "list.__eq__([1], [1])", "list.__lt__([], 1)", "list.__ne__([], ())", "list.__gt__([2], [1])",
 "tuple.__eq__((), 1)", "tuple.__lt__((), [])", "tuple.__le__((1,), (1,))",
 "set.__eq__(set(), 1)", "set.__eq__(set(), frozenset())", "set.__lt__(set(), 1)", "set.__le__(set(), {1})",
 "frozenset.__eq__(frozenset(), 1)", "set.__or__(set(), 1)", "set.__and__({1}, [1])", "set.__sub__({1}, {1})",
 "set.__xor__({1}, 2)", "set.__ior__(set(), 1)",
 "int.__add__(1, 'a')", "int.__add__(1, 2)", "int.__add__(1, 2.0)", "int.__radd__(1, 2)", "int.__sub__(1, True)",
 "int.__mul__(2, 'ab')", "int.__eq__(1, 'a')", "int.__truediv__(1, 2)",
 "int.__pow__(2, 3)", "int.__pow__(2, 3, 5)", "int.__floordiv__(7, 2.0)", "int.__and__(6, 3)", "int.__lshift__(1, 2.0)",
 "float.__add__(1.0, 2)", "float.__add__(1.0, 'a')", "float.__eq__(1.0, 'x')", "float.__lt__(1.0, 2)", "float.__mul__(1.5, 2)",
 "float.__radd__(1.0, 2)", "float.__pow__(2.0, 2)", "float.__mod__(5.0, 'a')", "float.__floordiv__(5.0, 2)",
 "str.__add__('a', 1)", "str.__add__('a', 'b')", "str.__mul__('a', 3)", "str.__eq__('a', 1)",
 "str.__lt__('a', 1)", "str.__mod__('%s', 1)", "str.__rmul__('a', 2)", "str.__contains__('abc', 'b')",
 "list.__add__([], ())", "list.__add__([1], [2])", "list.__iadd__([], ())", "list.__imul__([1], 2)",
 "tuple.__add__((), [])", "tuple.__mul__((1,), 2)", "tuple.__rmul__((1,), 2)",
 "dict.__or__({}, 1)", "dict.__or__({1:2}, {3:4})", "dict.__ror__({}, 1)", "dict.__ior__({}, [(1,2)])",
 "complex.__add__(1j, 'a')", "complex.__eq__(1j, 'a')", "complex.__lt__(1j, 1j)",
 "bytes.__add__(b'a', 1)", "bytes.__eq__(b'a', 'a')", "bytes.__mod__(b'%d', 1)", "bytes.__lt__(b'a', 'a')",
 "bool.__and__(True, 1)", "bool.__and__(True, False)", "bool.__or__(True, 'a')",
 "object.__eq__(1, 1)", "object.__eq__(1, 2)", "object.__ne__(1, 2)",
 "range.__eq__(range(1), 1)", "int.__neg__(5)", "float.__abs__(-1.5)", "int.__bool__(0)", "int.__hash__(5)",
 "str.__hash__('') == hash('')", "int.__index__(5)", "int.__divmod__(7, 2)", "int.__rdivmod__(7, 2)", "int.__divmod__(7, 'a')",
 "float.__divmod__(7.0, 2)", "int.__mod__(7, 0.5)", "int.__rsub__(1, 10)", "float.__rsub__(1.0, 10)", "float.__rtruediv__(2.0, 1)",
 "int.__ne__(1, 'a')", "int.__ge__(1, 'a')", "str.__ne__('a', 1)", "list.__contains__([1], 1)", "tuple.__hash__((1,)) == hash((1,))",
 "frozenset.__or__(frozenset({1}), {2})", "set.__rsub__({1}, 2)", "set.__isub__({1,2}, {1})", "set.__ixor__({1}, 3)",
 "(1).__add__('x')", "'a'.__add__(1)", "[].__eq__(())", "{}.__eq__([])", "(1.5).__lt__('x')",
]
for t in tests:
    try:
        r = eval(t)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(t, "->", repr(r))
