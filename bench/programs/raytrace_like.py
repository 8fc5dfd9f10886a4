# A small ray tracer: vector classes with operator methods, spheres and a plane, float
# arithmetic, attribute access and method calls in the inner loop.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour):
        self.centre = centre
        self.radius = radius
        self.colour = colour

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, -0.5, 3.0), 1.0, (0.9, 0.2, 0.2)),
            Sphere(Vec(1.6, 0.2, 4.0), 0.8, (0.2, 0.9, 0.3)),
            Sphere(Vec(-1.7, 0.0, 4.5), 1.1, (0.3, 0.3, 0.9)),
            Sphere(Vec(0.0, -1001.5, 3.0), 1000.0, (0.8, 0.8, 0.8)),
        ]
        self.light = Vec(-3.0, 4.0, -1.0).norm()

    def trace(self, origin, direction, depth):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and t < best_t:
                best, best_t = obj, t
        if best is None:
            return (0.1, 0.1, 0.15)
        p = origin + direction.scale(best_t)
        n = best.normal(p)
        lit = max(0.0, n.dot(self.light))
        shadow_origin = p + n.scale(1e-4)
        for obj in self.objects:
            if obj.hit(shadow_origin, self.light) is not None:
                lit *= 0.3
                break
        r, g, b = best.colour
        k = 0.15 + 0.85 * lit
        colour = (r * k, g * k, b * k)
        if depth < 2:
            refl = direction - n.scale(2.0 * direction.dot(n))
            rr, rg, rb = self.trace(shadow_origin, refl.norm(), depth + 1)
            colour = (colour[0] * 0.8 + rr * 0.2, colour[1] * 0.8 + rg * 0.2, colour[2] * 0.8 + rb * 0.2)
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.0, -1.0)
    total = [0.0, 0.0, 0.0]
    for j in range(height):
        for i in range(width):
            d = Vec((i - width / 2) / width, (height / 2 - j) / height, 1.0).norm()
            r, g, b = scene.trace(eye, d, 0)
            total[0] += r
            total[1] += g
            total[2] += b
    return [round(c / (width * height), 6) for c in total]


print(render(120, 90))
