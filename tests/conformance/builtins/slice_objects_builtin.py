s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(8), s.indices(100))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-3, None)], data[slice(None, None, -4)])
text = "abcdefghij"
cuts = [slice(0, 3), slice(3, 6), slice(6, None)]
print([text[c] for c in cuts])
for args in [(None, None, None), (5, None, -1), (-100, 100, 1), (3, 3, 1), (None, None, -2)]:
    sl = slice(*args)
    print(args, sl.indices(10), list(range(*sl.indices(10))), text[sl])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice(None)))
