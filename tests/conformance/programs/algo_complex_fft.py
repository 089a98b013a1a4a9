import cmath, math
zs = [1+2j, -1j, 0j, complex(-0.0, -0.0), complex(3), 1e20+1e-20j, complex('1+2j'), complex(' -3.5-4j '), complex('j'), complex('-j'), complex('2'), complex(1.5, -0.0), complex(float('inf'), float('nan')), 3j**2, (1+1j)**8]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, abs(z) if math.isfinite(z.real) else '-', z.conjugate())
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), a == 3+4j, a != b, a * 2, 2 / a, 1j ** 1j, (1+2j) ** -1, 0j ** 0)
print(cmath.sqrt(-1), cmath.sqrt(-4+0j), cmath.sqrt(complex(-4, -0.0)), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(1j, 2), cmath.log10(100j), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1+1j), cmath.rect(2, cmath.pi / 2))
print(cmath.sin(1+1j), cmath.cos(1j), cmath.tan(1-1j), cmath.asin(2), cmath.acos(2), cmath.atan(2j) if False else cmath.atan(0.5j), cmath.sinh(1j), cmath.cosh(1+1j), cmath.tanh(1), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(0.5))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: 1 / 0j, lambda: (1+1j) // 2, lambda: (1+1j) % 2, lambda: complex('1+'), lambda: int(1j), lambda: 1j < 2j, lambda: cmath.log(0), lambda: complex('1', 2), lambda: 0j ** -1, lambda: math.sqrt(1j)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(f"{1+2j:.2f}", f"{3.14159-2.71828j:10.3f}|", format(1+2j, ''), format(1j, 'g'), f"{-1.5+0.5j:+.1e}", f"{1e20j}", f"{complex(1, 1e-5):g}", f"{(1+2j)!r:>12}")
# roots of unity and FFT
def fft(x):
    n = len(x)
    if n == 1: return x
    even = fft(x[0::2]); odd = fft(x[1::2])
    t = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + t[k] for k in range(n // 2)] + [even[k] - t[k] for k in range(n // 2)]
sig = [math.sin(2 * math.pi * 3 * i / 16) + 0.5 * math.cos(2 * math.pi * 5 * i / 16) for i in range(16)]
spec = fft([complex(v) for v in sig])
print([round(abs(c), 6) for c in spec])
print([f"{c.real:.3f}{c.imag:+.3f}j" for c in spec[:6]])
# quadratic
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coef in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    print(coef, roots(*coef))
# Mandelbrot
rows = []
for y in range(-10, 11, 2):
    line = ''
    for x in range(-20, 11):
        c = complex(x / 10, y / 10); z = 0j; n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c; n += 1
        line += '#' if n == 30 else ' .:-=+*%@'[n % 9]
    rows.append(line)
print('\n'.join(rows))
print(hash(1+0j) == hash(1), hash(complex(0, 1)), complex(1, 2).__reduce__() if False else '', 1j.imag, type(1j.real).__name__, complex(True, False), complex(2**53, 1), complex(1+1j, 1+1j))
