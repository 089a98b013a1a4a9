a = list(range(10))
a[2:5] = ["x", "y"]; print(a)
a[:0] = [-1, -2]; print(a)
a[len(a):] = [99]; print(a)
a[1:3] = []; print(a)
b = list(range(10))
b[::2] = "abcde"; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del b[1::3]; print(b)
del b[:2]; print(b)
del b[-1]; print(b)
c = list(range(8))
c[::-1] = c[:]; print(c)
c[2:6] = range(100, 103); print(c)
c[:] = []; print(c)
d = [1, 2, 3, 4, 5, 6]
del d[::-2]; print(d)
e = [0] * 4
e[1:3] = [[1, 2]]; print(e)
e[5:10] = [7]; print(e)
m = [[1, 2], [3, 4]]
row = m[0]
m[0][1] = 20
print(m, row)
