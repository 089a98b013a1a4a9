"""Chained generators and generator expressions over a large stream."""
def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def scaled(it, k):
    for x in it:
        yield (x * k) % 1000003
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.clear()
total = sum(windows(scaled(evens(numbers(3000000)), 31), 8))
print(total)
print(max(x % 9973 for x in numbers(300000)))
