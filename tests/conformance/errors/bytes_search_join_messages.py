"""bytes/bytearray search methods and join: argument-count and iterable errors in CPython's words."""
cases = ['b"x".count()', 'b"x".join(None)', 'bytearray(b"x").join(None)', 'b"x".find()', 'b"x".index()',
         'b"x".startswith()', 'b"x".endswith()', 'b"x".rfind()', 'b"x".rindex()', 'bytearray(b"x").count()',
         'b"x".count(1, 2, 3, 4)', 'b"x".startswith(b"x", 0, 1, 2)', 'b"x".find(b"x", start=0)',
         'b"x".join(5)', 'b"-".join([b"a", 1])', 'b"-".join(iter([b"a", b"b"]))', 'b"x".count(b"x")',
         'b"abcabc".find(b"c", 1, 4)', 'b"abc".startswith((b"z", b"a"))']
for e in cases:
    try:
        print(e, "->", eval(e))
    except Exception as ex:
        print(e, "|", type(ex).__name__, ex)
