# A metaclass's __setattr__/__delattr__ decide class attribute writes; type.__setattr__ does the write.
class Meta(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name!r} on {cls.__name__}")
        print("meta set", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta del", name)
        type.__delattr__(cls, name)

class K(metaclass=Meta):
    x = 1

K.y = 2
print(K.y)
try:
    K._z = 3
except AttributeError as e:
    print(e)
del K.y
print(hasattr(K, "y"))
setattr(K, "w", 5)
print(K.w)
from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
print(Color.RED)
