import math
# pi digits spigot (bigint heavy)
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4*q + r - t < m*t:
            out.append(m)
            q, r, t, k, m, x = 10*q, 10*(r - m*t), t, k, (10*(3*q + r))//t - 10*m, x
        else:
            q, r, t, k, m, x = q*k, (2*q + r)*x, t*x, k+1, (q*(7*k+2) + r*x)//(t*x), x+2
    return out
print(''.join(map(str, pi_digits(400)))[-20:])
# mandelbrot floats
def mandel(w, h, it):
    cnt = 0
    for y in range(h):
        for x in range(w):
            c = complex(-2 + 3*x/w, -1.5 + 3*y/h)
            z = 0j
            for _ in range(it):
                z = z*z + c
                if abs(z) > 2: break
            else: cnt += 1
    return cnt
print(mandel(60, 40, 50))
def mandel_f(w, h, it):
    cnt = 0
    for y in range(h):
        ci = -1.5 + 3*y/h
        for x in range(w):
            cr = -2 + 3*x/w
            zr = zi = 0.0
            for _ in range(it):
                zr, zi = zr*zr - zi*zi + cr, 2*zr*zi + ci
                if zr*zr + zi*zi > 4.0: break
            else: cnt += 1
    return cnt
print(mandel_f(80, 50, 60))
# Miller-Rabin
def is_prime(n):
    if n < 2: return False
    for p in (2,3,5,7,11,13,17,19,23,29,31,37):
        if n % p == 0: return n == p
    d, s = n-1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2,3,5,7,11,13,17,19,23,29,31,37):
        x = pow(a, d, n)
        if x in (1, n-1): continue
        for _ in range(s-1):
            x = x*x % n
            if x == n-1: break
        else: return False
    return True
print(sum(1 for n in range(10**12, 10**12+5000) if is_prime(n)), is_prime(2**127-1), is_prime(2**521-1))
# collatz
best = max(range(1, 2000), key=lambda n: (lambda n: (lambda f: f(f, n))(lambda f, n: 0 if n == 1 else 1 + f(f, n//2 if n % 2 == 0 else 3*n+1)))(n) if n < 1000 else 0)
def collatz_len(n, cache={1: 1}):
    stack = []
    while n not in cache:
        stack.append(n); n = n // 2 if n % 2 == 0 else 3*n + 1
    l = cache[n]
    while stack:
        l += 1; cache[stack.pop()] = l
    return l
print(best, max(range(1, 60000), key=collatz_len))
print(sum(math.sin(i) * math.cos(i) for i in range(50000)), sum(math.sqrt(i) for i in range(50000)))
