# A round-robin scheduler driving generator-based tasks.
def worker(name, steps):
    for i in range(steps):
        msg = yield f"{name} step {i}"
        if msg:
            print(f"  {name} received {msg!r}")
    return f"{name} finished"
def scheduler(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        task = queue.pop(0)
        try:
            out = task.send(None) if tick % 3 else next(task)
            print(f"[{tick:02}] {out}")
            queue.append(task)
        except StopIteration as e:
            results.append(e.value)
        tick += 1
    return results
print(scheduler([worker("A", 3), worker("B", 1), worker("C", 4)]))
def producer(consumer):
    next(consumer)
    for item in ["apple", "banana", "cherry"]:
        consumer.send(item)
    consumer.close()
def consumer():
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(f"consumed {item} (#{count})")
    finally:
        print("consumer closing after", count)
producer(consumer())
