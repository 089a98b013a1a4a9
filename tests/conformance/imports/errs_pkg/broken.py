print("broken starts")
x = 1 / 0
