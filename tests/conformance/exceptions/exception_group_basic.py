eg = ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
print(repr(eg.message), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
match_, rest = eg.split(ValueError)
print([str(e) for e in match_.exceptions], [str(e) for e in rest.exceptions])
print(eg.subgroup(TypeError).exceptions, str(eg))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ZeroDivisionError("z")])
    except* KeyError:
        print("handled the KeyError part")
except ExceptionGroup as remaining:
    print("left over:", [type(e).__name__ for e in remaining.exceptions])
