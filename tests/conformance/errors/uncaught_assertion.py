def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2]))
print(mean([]))
