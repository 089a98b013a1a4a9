# A module using the 3.12 `type` statement fails to compile under 3.11.
from math import sqrt

type Point = tuple[float, float]


def dist(a, b):
    return sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)


print(dist((0, 0), (3, 4)))
