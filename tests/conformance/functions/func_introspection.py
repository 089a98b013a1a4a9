def sample(a, b=1, *c, d, e=2, **f):
    "doc"
    return a
code = sample.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_varnames[:6])
print(sample.__defaults__, sample.__kwdefaults__, sample.__doc__, sample.__name__)
def counter():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
inc = counter()
inc(); inc()
print(inc.__code__.co_freevars, inc.__closure__[0].cell_contents)
print(callable(sample), sample("v", d=0), type(sample).__name__)
print(sample.__module__, sample.__qualname__, counter().__qualname__)
