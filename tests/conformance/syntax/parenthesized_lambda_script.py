# Python 2 habits: tuple parameters in a lambda are refused outright.
pairs = [(1, 2), (3, 4)]
total = sum(map(lambda (a, b): a + b, pairs))
print(total)
