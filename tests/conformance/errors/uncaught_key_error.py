prices = {"apple": 3, "pear": 5}
order = ["apple", "pear", "plum"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print("total", total)
