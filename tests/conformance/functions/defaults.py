def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
print(greet.__defaults__, greet.__name__, greet.__code__.co_argcount)
N = 5
def uses_default(n=N):
    return n
N = 99
print(uses_default())
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
