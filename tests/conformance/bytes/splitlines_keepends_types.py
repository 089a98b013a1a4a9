# `keepends` of str/bytes/bytearray.splitlines is a C int flag: ints (and bools,
# and objects with __index__) pass, anything else is a TypeError, and an int past
# 32 bits overflows.


class Flag:
    def __init__(self, on):
        self.on = on

    def __index__(self):
        return 1 if self.on else 0


text = "alpha\nbeta\r\ngamma\rdelta"
variants = [text, text.encode(), bytearray(text.encode())]
candidates = [None, True, False, 0, 1, -3, 2**31 - 1, 2**31, 2**64, 1.0, "yes", "", b"", [], Flag(True), Flag(False)]

for sample in variants:
    kind = type(sample).__name__
    print(f"== {kind}: {sample.splitlines()!r}")
    for flag in candidates:
        shown = type(flag).__name__ if isinstance(flag, Flag) else repr(flag)
        for by_name in (False, True):
            try:
                if flag is None:
                    lines = sample.splitlines()
                else:
                    lines = sample.splitlines(keepends=flag) if by_name else sample.splitlines(flag)
            except (TypeError, OverflowError) as exc:
                print(f"  {shown:>22} {'kw ' if by_name else 'pos'} {type(exc).__name__}: {exc}")
            else:
                print(f"  {shown:>22} {'kw ' if by_name else 'pos'} {lines[1]!r} {lines[2]!r}")
    for args, kwargs in [((1, 2), {}), ((), {"ends": 1}), ((1,), {"keepends": 1})]:
        try:
            sample.splitlines(*args, **kwargs)
        except TypeError as exc:
            print(f"  {args} {kwargs} TypeError: {exc}")

# expandtabs takes a C int too.
for sample in ("a\tb", b"a\tb", bytearray(b"a\tb")):
    for size in (4, True, 2**40, 2.0, "4"):
        try:
            print(repr(sample.expandtabs(size)))
        except (TypeError, OverflowError) as exc:
            print(type(sample).__name__, repr(size), type(exc).__name__, exc)
