def check(value):
    if value = 1:
        return "one"
    return "other"


print(check(1))
