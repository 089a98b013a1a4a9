x: int = 1
print(list(globals())); print(dir())
def f():
    y = 2
    print(sorted(locals()), list(vars()))
f()
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(type(__builtins__).__name__, __file__.endswith('main_globals_order.py'))
