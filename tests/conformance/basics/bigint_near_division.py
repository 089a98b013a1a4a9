# Floor division and remainder of big ints of about the same size (small quotients), in
# every sign combination: the case a pi-digit spigot and modular reductions hit.

def check(x, y):
    q, r = x // y, x % y
    dq, dr = divmod(x, y)
    assert (q, r) == (dq, dr)
    assert q * y + r == x
    assert r == 0 or (r > 0) == (y > 0)
    assert abs(r) < abs(y)
    return q, r

base = 7 ** 300 + 12345
print(len(str(base)), base % 1000)
for mult in (0, 1, 2, 9, 10, 255, 2 ** 32 + 1, 2 ** 59, 2 ** 60 - 1):
    for extra in (0, 1, base // 2, base - 1, base, base + 1):
        for sx in (1, -1):
            for sy in (1, -1):
                x = sx * (mult * base + extra)
                y = sy * base
                q, r = check(x, y)
                print(mult, extra % 997, sx, sy, q, r % 1000003)

# Divisors of varied width against dividends a few bits longer or shorter.
for bits in (127, 128, 129, 191, 192, 255, 256, 1000, 4096):
    y = (1 << bits) - 3 * bits - 1
    for shift in (-5, 0, 1, 17, 59, 60, 61, 64, 120):
        x = (y << shift) + bits if shift >= 0 else y >> -shift
        q, r = check(x, y)
        q2, r2 = check(-x, y)
        print(bits, shift, q, r % 10 ** 9, q2, r2 % 10 ** 9)

# A spigot: digits of e by the mixed-radix method with big ints.
def e_digits(n):
    out = []
    scale = 10 ** (n + 10)
    total, term, k = scale, scale, 1
    while term:
        term //= k
        total += term
        k += 1
    s = str(total)
    return s[: n + 1]
print(e_digits(300)[-20:])

# The pi spigot, checked digit by digit against a known prefix.
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out
d = pi_digits(400)
print("".join(map(str, d[:30])), sum(d), "".join(map(str, d[-12:])))
