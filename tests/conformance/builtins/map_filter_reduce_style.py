import math
nums = list(range(1, 21))
print(list(map(math.sqrt, [1, 4, 9])), list(map(lambda n: n * n, filter(lambda n: n % 3 == 0, nums))))
print(list(map(int, ["1", "22", "333"])), list(map(str.strip, [" a ", "b  "])), list(map(len, ("x", "yy", ""))))
print(list(map(divmod, [7, 8, 9], [2, 3, 4])), list(map(pow, [2, 3], [5, 2], [7, 5])))
def product(xs):
    r = 1
    for x in xs:
        r *= x
    return r
print(product(nums), math.prod(nums) == product(nums), sum(map(product, [[1, 2], [3, 4]])))
print(list(filter(str.isalpha, "a1b2c3")), list(filter(lambda p: p[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
words = ["gamma", "alpha", "beta", "delta"]
print(sorted(map(str.upper, words)), list(zip(words, map(len, words))), max(map(len, words)))
print(list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200])))
print(any(map(str.isdigit, "abc")), all(map(str.islower, words)))
