# Slice assignment from lists that are shared, temporary, or the target itself.
a = list(range(8))
b = [10, 20, 30]
a[1:3] = b
print(a, b)
b.append(40)
print(a, b)
a[:] = a
print(a)
a[2:4] = a
print(a)
a[::2] = a[1::2][: len(a[::2])]
print(a)
c = [1, 2, 3, 4, 5]
c[1:4] = c[3:0:-1]
print(c)
d = [[0]] * 3
e = d[:]
e[0:1] = [d[1]]
e[0].append(1)
print(d, e)
f = list("abcdef")
f[2:2] = (x.upper() for x in "xy")
print("".join(f))
g = [1, 2, 3]
h = [g, g]
g[0:1] = h[0][1:]
print(g, h)
try:
    g[::2] = [1, 2, 3, 4]
except ValueError as err:
    print("ValueError:", err)
perm = list(range(6))
for k in range(1, 6):
    perm[: k + 1] = perm[k::-1]
print(perm)
