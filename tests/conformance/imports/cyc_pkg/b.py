print("b: start")
from . import a
def b_value():
    return "b_value (a has a_func: %s)" % hasattr(a, "a_func")
print("b: end, a has a_func yet:", hasattr(a, "a_func"))
