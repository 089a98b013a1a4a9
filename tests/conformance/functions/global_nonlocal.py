counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
x = 10
def reads_global():
    return x * 2
def shadows():
    x = 5
    return x
print(reads_global(), shadows(), x)
def broken():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
