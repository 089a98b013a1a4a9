# A bound method reads unknown attributes from its function, and reports the function's
# AttributeError; bound built-in methods report their own type.
def tagged(self):
    return "tagged"


tagged.tag = "T"


class Holder:
    run = tagged

    def plain(self):
        return "plain"


h = Holder()
print(h.run.tag, h.run(), h.plain.__name__, h.plain.__func__ is Holder.plain)
for label, get in [
    ("method attr", lambda: h.plain.missing),
    ("function attr", lambda: Holder.plain.missing),
    ("method-wrapper", lambda: (1).__add__.missing),
    ("builtin method", lambda: [].append.missing),
    ("builtin", lambda: len.missing),
]:
    try:
        get()
    except AttributeError as e:
        print(f"{label}: {e}")
try:
    h.plain.note = 1
except AttributeError as e:
    print("set on method:", e)
