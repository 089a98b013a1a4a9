import sys
sys.set_int_max_str_digits(50000)
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10*q, 10*(r - m*t), t, k, (10*(3*q + r)) // t - 10*m, x
        else:
            q, r, t, k, m, x = q*k, (2*q + r)*x, t*x, k + 1, (q*(7*k + 2) + r*x) // (t*x), x + 2
    return out
d = pi_digits(1500)
print(''.join(map(str, d[:60])), sum(d))
import math
f = math.factorial(3000)
print(len(str(f)), str(f)[:30], sum(map(int, str(f))))
a, b = 0, 1
for _ in range(20000): a, b = b, a + b
s = str(a); print(len(s), s[:20], s[-20:])
def fib_mat(n):
    def mul(A, B):
        return [[A[0][0]*B[0][0]+A[0][1]*B[1][0], A[0][0]*B[0][1]+A[0][1]*B[1][1]], [A[1][0]*B[0][0]+A[1][1]*B[1][0], A[1][0]*B[0][1]+A[1][1]*B[1][1]]]
    R = [[1, 0], [0, 1]]; M = [[1, 1], [1, 0]]
    while n:
        if n & 1: R = mul(R, M)
        M = mul(M, M); n >>= 1
    return R[0][1]
print(fib_mat(20000) == a, fib_mat(100000) % 10**12)
print(pow(3, 10**5) % 10**20, len(str(7**20000)), (2**4423 - 1) % 1000000007, hex(3**500)[:30])
x = 1
for i in range(1, 2000): x = x * i + i
print(x % 999999937, x.bit_length())
sys.set_int_max_str_digits(4300)
print(len(str(10 ** 4299)), sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), (10 ** 5000) % 9999991)
