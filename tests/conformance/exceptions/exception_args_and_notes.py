e = ValueError("primary")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__notes__)
class Rich(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
r = Rich("a", "b", code=7)
print(r.args, r.code, str(r), repr(r))
try:
    ValueError().add_note(42)
except TypeError as te:
    print("TypeError:", te)
print(BaseException("x").args, Exception().args, str(Exception(None)), repr(Exception(None)))
