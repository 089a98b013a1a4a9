# Singletons and identity semantics that are stable across implementations.
def describe(x):
    if x is None:
        return "nothing"
    if x is True:
        return "yes"
    if x is False:
        return "no"
    if x is Ellipsis:
        return "ellipsis"
    if x is NotImplemented:
        return "not implemented"
    return "value " + repr(x)

for v in [None, True, False, ..., NotImplemented, 0, ""]:
    print(describe(v))
print(repr(...), repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
lst = [1, 2, 3]
alias = lst
alias.append(4)
print(lst, lst is alias)
copy = lst[:]
copy.append(5)
print(lst, copy, lst is copy)
t1 = (1, [2, 3])
t1[1].append(4)
print(t1)
d = {}
d.setdefault("a", []).append(1)
print(d)
print(type(None)() is None)
