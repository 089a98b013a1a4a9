square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in "+-*/":
    print(6, op, 3, "=", ops[op](6, 3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda n: n % 3 == 0, range(20))))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), square.__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(15))
print((lambda x: (x, x))(4), (lambda: [i for i in range(3)])())
