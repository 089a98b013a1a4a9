s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
for start in (None, 0, 3, -2):
    for stop in (None, 5, -1):
        for step in (None, 1, 2, -1):
            print(start, stop, step, repr(s[start:stop:step]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(10))
