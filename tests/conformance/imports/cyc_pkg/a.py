print("a: start")
from . import b
def a_func():
    return "a_func sees " + b.b_value()
print("a: end")
