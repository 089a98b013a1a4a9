def process(items):
    results = []
    for item in items:
        try:
            try:
                value = int(item)
            except ValueError:
                value = float(item)
            try:
                results.append(100 / value)
            except ZeroDivisionError:
                results.append("div0")
                raise
        except ValueError:
            results.append(f"not a number: {item}")
        except ZeroDivisionError:
            results.append("outer saw div0")
        finally:
            results.append(";")
    return results
print(process(["4", "2.5", "0", "abc", "-8"]))
def layered(level):
    try:
        if level == 0:
            raise RuntimeError("bottom")
        return layered(level - 1)
    finally:
        print("unwinding", level)
try:
    layered(3)
except RuntimeError as e:
    print("caught", e)
