def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("  inner got", received)
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(3)
    print("  r2 =", r2)
    yield from ["x", "y"]
    yield from (c.upper() for c in "ab")
    return "outer done"
g = outer()
print(next(g), g.send("hello"), next(g), next(g), next(g))
print(list(g))
def tree(node):
    value, children = node
    yield value
    for ch in children:
        yield from tree(ch)
t = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
print(list(tree(t)))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("  catcher handled", e)
def deleg():
    yield from catcher()
d = deleg()
next(d)
d.throw(ValueError("through yield from"))
d.close()
print("closed delegate")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1})))
