x = 1
del x
print("x" in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Obj: pass
o = Obj()
o.a, o.b = 1, 2
del o.a
print(vars(o))
a, b, c = 1, 2, 3
del a, b
print("a" in dir(), "c" in dir())
nested = {"k": [1, {"x": 9, "y": 8}]}
del nested["k"][1]["x"]
print(nested)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())
