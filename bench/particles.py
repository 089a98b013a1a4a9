"""Class-heavy simulation: particles with vector objects and collisions with walls."""
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def length2(self):
        return self.x * self.x + self.y * self.y
class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0
    def step(self, dt, gravity, size):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.x < 0 or self.pos.x > size:
            self.vel = Vec(-self.vel.x * 0.9, self.vel.y)
            self.pos = Vec(min(max(self.pos.x, 0.0), size), self.pos.y)
            self.bounces += 1
        if self.pos.y < 0 or self.pos.y > size:
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.pos = Vec(self.pos.x, min(max(self.pos.y, 0.0), size))
            self.bounces += 1
    def energy(self):
        return 0.5 * self.mass * self.vel.length2()
class World:
    def __init__(self, n):
        self.particles = []
        s = 1
        for i in range(n):
            s = (s * 16807) % 2147483647
            x = (s % 1000) / 10.0
            s = (s * 16807) % 2147483647
            y = (s % 1000) / 10.0
            self.particles.append(Particle(Vec(x, y), Vec((i % 7) - 3.0, (i % 5) - 2.0), 1.0 + i % 3))
        self.gravity = Vec(0.0, -9.81)
    def run(self, steps, dt):
        for _ in range(steps):
            for p in self.particles:
                p.step(dt, self.gravity, 100.0)
w = World(400)
w.run(2000, 0.01)
print("bounces", sum(p.bounces for p in w.particles))
print("energy %.6f" % sum(p.energy() for p in w.particles))
