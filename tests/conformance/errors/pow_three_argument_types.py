"""Three-argument pow() with operands that are not all integers."""


class Modular:
    def __init__(self, value):
        self.value = value

    def __pow__(self, exp, mod=None):
        return Modular(pow(self.value, exp, mod))

    def __repr__(self):
        return f"Modular({self.value})"


class Plain:
    pass


print(pow(3, 4, 5), pow(Modular(3), 4, 5), pow(True, 3, 2), pow(-2, -1, 5))
cases = [(2, Plain(), 5), (Plain(), 2, 5), (2.0, 3, 5), (2, 3, 5.0), ("a", 2, 3), (2, 3, None),
         (2, 3, [1]), (2, 2j, 3), (2 + 1j, 2, 3), (2, 3, 0)]
for args in cases:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
