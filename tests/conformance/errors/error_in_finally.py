def f():
    try:
        print("body")
        return 1
    finally:
        print("cleanup")
        None.close()
f()
