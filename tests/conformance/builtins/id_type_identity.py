a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, a is b)
print(type(1), type(1.0), type(""), type([]), type(()), type({}), type(set()), type(None), type(len), type(lambda: 0))
print(type(type), type(object), object.__name__, isinstance(type, object), isinstance(object, type))
class C: pass
print(type(C()), C.__name__, C.__class__.__name__, C().__class__ is C)
print(type(print).__name__, type([].append).__name__)
print(isinstance([], (list, tuple)), issubclass(list, object), issubclass(type, object))
print(int is type(0), str(type(3)), repr(type("x")))
