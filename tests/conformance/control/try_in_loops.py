results = []
for s in ["10", "x", "3", "", "0", "7.5"]:
    try:
        n = int(s)
        r = 100 // n
    except ValueError:
        results.append(f"{s!r}: bad int")
        continue
    except ZeroDivisionError:
        results.append(f"{s!r}: zero")
        continue
    else:
        results.append(f"{s!r}: {r}")
    finally:
        results.append("-")
print("\n".join(results))
def first_ok(items):
    for i in items:
        try:
            return 10 / i
        except ZeroDivisionError:
            continue
        finally:
            print("finally for", i)
    return None
print(first_ok([0, 0, 4, 5]))
print(first_ok([0]))
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(loop_break())
