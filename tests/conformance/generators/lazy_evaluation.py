log = []
def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
def square(it):
    for x in it:
        log.append(f"square {x}")
        yield x * x
pipeline = square(source(5))
print("built pipeline, log:", log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()
first_big = next(x for x in square(source(100)) if x > 10)
print(first_big, len(log))
def expensive(x):
    log.append(x)
    return x > 2
log.clear()
print(any(expensive(x) for x in range(10)), log)
log.clear()
print(all(not expensive(x) for x in range(10)), log)
gen = (print("evaluating", i) or i for i in range(3))
print("generator created")
print(sum(gen))
