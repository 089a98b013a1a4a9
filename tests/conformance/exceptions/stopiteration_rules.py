def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def bad_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
it = iter([1, 2])
print(list(it), next(it, "default"))
def delegator():
    r = yield from gen()
    yield f"sub returned {r}"
print(list(delegator()))
