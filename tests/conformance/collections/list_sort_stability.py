data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2), ("a", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[0]))
s = sorted(data, key=lambda t: t[1])
print(sorted(s, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[1], reverse=True))
big = [(i % 7, i) for i in range(40)]
res = sorted(big, key=lambda t: t[0])
print(all(res[i][1] < res[i + 1][1] for i in range(len(res) - 1) if res[i][0] == res[i + 1][0]))
print([t[1] for t in res][:12])
lst = [5, 2, 8, 2, 9, 1]
lst.sort(key=lambda v: -v)
print(lst)
try:
    lst.sort(key=lambda v: lst.append(0))
except Exception as e:
    print(type(e).__name__)
