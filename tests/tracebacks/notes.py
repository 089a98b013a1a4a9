def check(value):
    e = ValueError(f"bad value {value}")
    e.add_note("while checking the input")
    e.add_note("a note\nover two lines")
    raise e


try:
    check(3)
except ValueError as e:
    raise KeyError("lookup") from e
