def connect(host, port=80, /, *, timeout=10, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("a"), connect("b", 8080), connect("c", timeout=1), connect("d", 1, retries=0))
for bad in [lambda: connect(host="x"), lambda: connect("x", 1, 2), lambda: connect("x", port=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def mixed(a, b, /, c, d=4, *, e, f=6, **rest):
    return (a, b, c, d, e, f, rest)
print(mixed(1, 2, 3, e=5), mixed(1, 2, c=3, d=0, e=5, g=7), mixed(1, 2, 3, 4, e=5, a=99))
def kw(*, x, y=2):
    return x + y
print(kw(x=1), kw(y=10, x=1))
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw()
except TypeError as e:
    print("TypeError:", e)
