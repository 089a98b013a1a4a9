# Complex numbers.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(complex(2), complex("1+2j"), 1j * 1j, (1j) ** 2)
print(z == complex(3, 4), z != w)
print(repr(-1j), repr(0j), repr(complex(0, -0.0)), repr(2.5 + 0j))
print(complex(1.5, 2.25) * 2, (1 + 2j) ** 3)
for c in [1 + 1j, -2j, 3 + 0j, complex(-1.5, 0.5)]:
    print(f"{c!r:>12} real={c.real:+.2f} imag={c.imag:+.2f}")
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
print(bool(0j), bool(1j), hash(1 + 0j) == hash(1))
