def average(values):
    return sum(values) / len(values)
print("averages:")
for group in [[1, 2, 3], [10], []]:
    print(" ", group, average(group))
