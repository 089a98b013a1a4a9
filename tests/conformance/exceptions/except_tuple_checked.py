# An except clause's tuple is checked entry by entry before anything is matched:
# a non-class entry (or a nested tuple) is a TypeError even when an earlier entry matches.
def attempt(label, handler_types):
    try:
        try:
            raise ValueError(label)
        except handler_types as e:
            print(label, "caught", type(e).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "not caught inside:", e)


attempt("plain", (ValueError, KeyError))
attempt("first-matches-then-junk", (ValueError, "KeyError"))
attempt("junk-first", (5, ValueError))
attempt("nested", ((ValueError, KeyError), TypeError))
attempt("not-exception-class", (ValueError, int))
attempt("single-junk", "ValueError")
attempt("empty", ())

ERRORS = (ZeroDivisionError, OverflowError)
for x in [0, 1]:
    try:
        print(1 / x)
    except ERRORS as e:
        print("math error:", e)
