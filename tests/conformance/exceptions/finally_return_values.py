def compute(values):
    total = 0
    processed = []
    for v in values:
        try:
            total += 100 // v
            processed.append(v)
        except ZeroDivisionError:
            processed.append("skip")
            continue
        except TypeError:
            processed.append("stop")
            break
        finally:
            processed.append("|")
    return total, processed
print(compute([1, 2, 0, 5, "x", 10]))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
gen = gen_with_finally()
for v in gen:
    print("value", v)
    break
print("after loop")
gen.close()
g = gen_with_finally()
next(g)
g.close()
print("closed")
