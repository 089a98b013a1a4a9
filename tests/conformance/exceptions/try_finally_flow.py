def f(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return log + ["returned"]
        log.append("end of try")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in range(3):
    print(x, f(x))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(swallow())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
def counter():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 1
        finally:
            n += 10
    return n
print(counter())
try:
    pass
finally:
    print("bare finally")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
