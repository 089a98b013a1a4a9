def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind
for n in [-5, 0, 1, 2, 101, 102, 7]:
    print(n, classify(n))
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = None
if x:
    print("truthy")
elif x is None:
    print("is None")
if not []:
    print("empty list is falsy")
if (y := 10) > 5:
    print("walrus", y)
