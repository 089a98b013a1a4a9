# Type errors from str methods name None as "None", as CPython's argument parsers do.
checks = [
    ("removeprefix", lambda: "report.txt".removeprefix(None)),
    ("removesuffix", lambda: "report.txt".removesuffix(None)),
    ("replace old", lambda: "a-b".replace(None, "+")),
    ("replace new", lambda: "a-b".replace("-", None)),
    ("replace int", lambda: "a-b".replace("-", 5)),
    ("encode enc", lambda: "abc".encode(None)),
    ("encode errors", lambda: "abc".encode("utf-8", None)),
    ("center fill None", lambda: "x".center(5, None)),
    ("ljust fill int", lambda: "x".ljust(5, 0)),
    ("rjust fill long", lambda: "x".rjust(5, "ab")),
    ("center fill ok", lambda: "x".center(5, "*")),
    ("rstrip int", lambda: "x ".rstrip(5)),
    ("lstrip list", lambda: " x".lstrip([" "])),
    ("strip int", lambda: " x ".strip(1)),
    ("__format__ int", lambda: "x".__format__(5)),
    ("splitlines str", lambda: "a\nb".splitlines("yes")),
    ("splitlines float", lambda: "a\nb".splitlines(1.0)),
    ("splitlines int", lambda: "a\nb".splitlines(1)),
    ("splitlines kw", lambda: "a\r\nb".splitlines(keepends=True)),
]
for label, fn in checks:
    try:
        print(f"{label:18} ok {fn()!r}")
    except TypeError as e:
        print(f"{label:18} TypeError: {e}")
