def sign(x): return "+" if x > 0 else "-" if x < 0 else "0"
print([sign(x) for x in (-5, 0, 3, -0.0, 1e-9)])
def fizzbuzz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
x = 0
print(x or "default", x and "never", (x == 0) and "zero", None if x else [])
val = [] or {} or 0 or "last"
print(val)
items = [3, None, 0, "a"]
print([i if i is not None else "missing" for i in items])
print(max(3, 4) if 3 > 4 else min(3, 4), (lambda a: "even" if a % 2 == 0 else "odd")(7))
