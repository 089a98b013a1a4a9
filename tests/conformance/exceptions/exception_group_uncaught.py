# An exception group nobody catches: partly handled, the rest ends the program with
# status 1 and the boxed traceback (its last line closes the box).


def work():
    raise ExceptionGroup("batch failed", [ValueError("bad"), TypeError("worse"), KeyError("k")])


def main():
    try:
        work()
    except* KeyError as e:
        print("handled", repr(e))
    except* TypeError:
        print("re-raising the TypeError part")
        raise


main()
print("not reached")
