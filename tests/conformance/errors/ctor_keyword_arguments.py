# Built-in constructors given keywords they do not take, or arguments of the wrong type,
# as a configuration loader might pass them by mistake.

def attempt(label, make):
    try:
        value = make()
    except TypeError as exc:
        print(f"{label:<28} TypeError: {exc}")
    else:
        print(f"{label:<28} -> {value!r}")


settings = {"name": "widget", "size": 3}

attempt("str(value=...)", lambda: str(value=settings["name"]))
attempt("str(obj, key=...)", lambda: str(settings["size"], key=1))
attempt("str(object=...)", lambda: str(object=settings["name"]))
attempt("str 4 positional", lambda: str(b"x", "utf-8", "strict", "extra"))
attempt("str given twice", lambda: str(b"x", "ascii", encoding="utf-8"))
attempt("str unknown after dup", lambda: str(b"x", zz=1, object=2))
attempt("str(b, encoding=3)", lambda: str(b"x", encoding=3))
attempt("bytes(size=4)", lambda: bytes(size=4))
attempt("bytes(3, 'ascii')", lambda: bytes(3, "ascii"))
attempt("bytes(3, 7)", lambda: bytes(3, 7))
attempt("bytes('a', 7)", lambda: bytes("a", 7))
attempt("bytes('a', 'ascii', 0)", lambda: bytes("a", "ascii", 0))
attempt("bytes(source=..., encoding)", lambda: bytes(source="hé", encoding="utf-8"))
attempt("bytearray(2, 2)", lambda: bytearray(2, 2))
attempt("complex(re=1)", lambda: complex(re=1))
attempt("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
attempt("complex 3 positional", lambda: complex(1, 2, 3))
attempt("property(getter=len)", lambda: type(property(getter=len)).__name__)
attempt("property(doc=...)", lambda: property(doc="the doc").__doc__)
attempt("slice(stop=3)", lambda: slice(stop=3))
attempt("slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4))
attempt("slice()", lambda: slice())
attempt("staticmethod(f, x=1)", lambda: staticmethod(len, x=1))
attempt("classmethod(func=len)", lambda: classmethod(func=len))
attempt("object(x=1)", lambda: object(x=1))
attempt("memoryview(x=b'')", lambda: memoryview(x=b""))
attempt("memoryview(object=b'ab')", lambda: memoryview(object=b"ab").tobytes())
attempt("memoryview(b'', object=1)", lambda: memoryview(b"", object=1))


class Tagged(str):
    def __init__(self, text, tag=None):
        self.tag = tag


attempt("str subclass extra kw", lambda: Tagged("x", tag="t"))


class Cached(property):
    def __init__(self, fget, ttl=None):
        super().__init__(fget)
        self.ttl = ttl


cached = Cached(len, ttl=30)
print("property subclass:", cached.ttl, cached.fget is len)


class Plain(property):
    pass


attempt("property subclass bad kw", lambda: Plain(len, ttl=30))
attempt("property subclass doc", lambda: Plain(len, doc="d").__doc__)
