x = 10
gen = (x + i for i in range(3))
x = 100
print(list(gen))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [7, 8, 9]
print(list(g))
class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    total = sum(r for r in rows)
print(Table.doubled, Table.total)
def outer():
    k = 3
    return [(lambda: i * k)() for i in range(4)], list(i * k for i in range(4))
print(outer())
nested = list(list(j for j in range(i)) for i in range(4))
print(nested)
print(sum(1 for line in ["a", "", "b"] if line), next((w for w in ["x", "yy", "zzz"] if len(w) > 1), None))
