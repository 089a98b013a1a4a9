# An uncaught NameError ends with CPython's "Did you mean" hint, searched in the failing
# frame's locals, then its globals, then the builtins.
def summarize(records):
    total_amount = 0
    for r in records:
        total_amount += r
    try:
        lenght = len(records)
    except NameError as e:
        print("not reached", e)
    try:
        return total_amount / lenth
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    try:
        prnt("x")
    except NameError as e:
        print("caught:", e)
    return total_amont / lenght


print(summarize([1, 2, 3]))
