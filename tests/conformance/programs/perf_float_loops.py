"""Float-heavy loops (integration, vectors in lists and objects, accumulations): results are
printed with repr, str, % and format, so every bit of the arithmetic shows."""
import math


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


print(integrate(math.sin, 0.0, math.pi, 1000))
print(repr(integrate(lambda x: x * x, 0.0, 3.0, 999)))
print("%.12f %.3e %g" % (integrate(math.exp, 0.0, 1.0, 500), 1 / 3, 2.5e-10))


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __repr__(self):
        return f"Vec3({self.x!r}, {self.y!r}, {self.z!r})"


pos = Vec3(0.0, 10.0, 0.0)
vel = Vec3(1.5, 0.0, -0.25)
g = Vec3(0.0, -9.81, 0.0)
dt = 0.001
steps = 0
while pos.y > 0.0:
    vel = vel + g * dt
    pos = pos + dt * vel
    steps += 1
print(steps, pos, round(vel.dot(vel), 9))

# Lists of floats updated in place.
r = [[0.1 * i, -0.2 * i, 0.05 * i * i] for i in range(8)]
v = [[0.0, 0.0, 0.0] for _ in range(8)]
for step in range(200):
    for i in range(8):
        ri = r[i]
        for j in range(i + 1, 8):
            rj = r[j]
            dx = ri[0] - rj[0]
            dy = ri[1] - rj[1]
            dz = ri[2] - rj[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = 0.001 / (d2 * math.sqrt(d2))
            v[i][0] -= dx * mag
            v[i][1] -= dy * mag
            v[i][2] -= dz * mag
            v[j][0] += dx * mag
            v[j][1] += dy * mag
            v[j][2] += dz * mag
    for i in range(8):
        r[i][0] += v[i][0]
        r[i][1] += v[i][1]
        r[i][2] += v[i][2]
for row in r[:3]:
    print([f"{c:.10f}" for c in row])
print(sum(c for row in v for c in row))

# Accumulation order, rounding, special values.
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), 0.1 + 0.2, 1e16 + 1.0 - 1e16)
print(-0.0, 0.0 * -1, 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(2.0 ** 0.5, 10.0 ** -3, (-8.0) ** (1 / 3) if False else abs(-8.0) ** (1 / 3))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, round(2.675, 2), round(-0.5), round(1.5))
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), f"{math.pi:10.4f}|{-math.e:<9.3f}|")
print(float("1e-320"), 5e-324 / 2, 1.7976931348623157e308, float.fromhex("0x1.8p1"))
acc = 1.0
for i in range(1, 60):
    acc = acc * 1.5 - i / 7.0
print(acc, int(acc), math.floor(-acc), math.ceil(acc / 1e9))
