"""A friendly tour: run with `pyseal run examples/hello.py [NAME]`."""
import sys


class Greeter:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"Hello, {self.name}!"


def squares(n):
    for i in range(1, n + 1):
        yield i, i * i


def main(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print(Greeter(name))
    print("Squares:", ", ".join(f"{i}²={sq}" for i, sq in squares(5)))
    print("2 ** 100 =", 2 ** 100)
    point = {"x": 3, "y": 4}
    match point:
        case {"x": x, "y": y}:
            print(f"Point ({x}, {y}) is {(x * x + y * y) ** 0.5:.1f} from the origin")
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("Caught:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
