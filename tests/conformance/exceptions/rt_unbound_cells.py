# Reading or deleting a local, cell or free variable that has no value: UnboundLocalError
# for the function's own variables (cells included, with no name attribute), NameError with
# a name for free variables; a deleted cell stays deleted for the closures sharing it.
def a():
    def inner(): return x
    try:
        print(x)
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
    x = 1
a()
def b():
    try:
        print(y)
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
    y = 1
b()
try:
    zz
except NameError as e:
    print(e.name)
def a():
    def inner(): return x
    try:
        del x
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
    x = 1
    del x
    try:
        inner()
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
a()
def c():
    def inner():
        nonlocal x
        del x
    inner()
    x = 1
try:
    c()
except BaseException as e:
    print(type(e).__name__, e, getattr(e, "name", "-"))
def counter_factory():
    def bump():
        nonlocal count
        count += 1
        return count
    try:
        bump()
    except NameError as e:
        print("before binding:", type(e).__name__, e)
    count = 10
    print(bump(), bump())
    del count
    try:
        print(bump())
    except NameError as e:
        print("after del:", type(e).__name__, e.name)
    count = 0
    print(bump())
counter_factory()
def shadow():
    total = 0
    items = [1, 2]
    def add():
        for i in items:
            total += i
    try:
        add()
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.args)
shadow()
