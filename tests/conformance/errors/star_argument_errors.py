"""Argument unpacking errors name the function as CPython does (f(*x), f(**x)), or say "Value after *"."""
import collections


def f(*a, **k):
    return a, k


class K:
    def __init__(self, *a, **k):
        pass

    def m(self, *a):
        return a


cases = ["f(*5)", "f(**5)", "K().m(*None)", "print(*1)", "f(**{1: 2})", "f(a=1, **{'a': 2})",
         "len(*[1], **{})", "K.m(*3.5)", "(lambda *a: a)(*7)", "f(**[1])", "dict(**{'a': 1}, a=2)",
         "f(1, *5)", "f(*5, 1)", "f(*[1], *5)", "f(a=1, **5)", "f(**{}, **5)", "int(*5)", "[*5]",
         "{**5}", "f(x=1, **[2])", "K(*5)", "K(**5)", "collections.OrderedDict(*5)",
         "K(a=1, **{'a': 2})", "(lambda: 0)(**5)", "f(*5, **{})", "(*5,)", "{*5}", "f(*(1,), *5, **{})"]
for expr in cases:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
