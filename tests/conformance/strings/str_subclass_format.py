# Formatting str subclasses: an empty format spec goes through the subclass's __str__, a
# non-empty one formats the underlying characters.
class Shout(str):
    def __str__(self):
        return self.upper() + "!"


class Tagged(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"

    def __str__(self):
        return "tag:" + str.__str__(self)


s = Shout("hey")
print(f"{s}", f"{s:>6}", f"{s!s}", f"{s!r}", format(s), format(s, ""), format(s, "^7"))
print("{}|{:}|{:<5}|{!s:>6}".format(s, s, s, s), "%s" % s, str(s), s + "?")
t = Tagged("abc")
print(f"{t}", f"{t:*^9}", "{}".format(t), "{0:>4}".format(t), format(t), str(t), repr(t))
print(str.__format__(t, ""), str.__format__(t, "5"), str.__format__("plain", ""))
rows = [(Shout("ok"), 3), (Shout("fail"), 12)]
for name, n in rows:
    print(f"{name:<8}{n:>4}", "|", f"{name}")
