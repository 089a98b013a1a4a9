def reciprocals(xs):
    for x in xs:
        yield 1 / x
for r in reciprocals([4, 2, 1, 0, 5]):
    print(r)
