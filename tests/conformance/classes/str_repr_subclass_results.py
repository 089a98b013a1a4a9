# __str__ and __repr__ may return an instance of a str subclass; other types are a TypeError.
class M(str):
    def shout(self): return self.upper()
class S:
    def __str__(self): return M("from str")
    def __repr__(self): return M("from repr")
s = S()
print(str(s), repr(s), f"{s}", f"{s!r}", [s], "%s %r" % (s, s), "{} {!r}".format(s, s))
class Bad:
    def __str__(self): return 5
    def __repr__(self): return b"x"
for f in (str, repr, lambda o: f"{o}", lambda o: "%s" % o):
    try:
        f(Bad())
    except TypeError as e:
        print(e)
