"""A class pattern whose callee is not a type fails only when the case is tried."""
def kind(x):
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case len():
            return "never"


print(kind(1), kind("a"))
kind([1])
