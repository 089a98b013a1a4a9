def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x
for v in [3, -1, "s"]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert True, "never"
print("done")
