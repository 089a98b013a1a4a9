def compute():
    result = 10
    return undefined_quantity * 2
print("start")
compute()
