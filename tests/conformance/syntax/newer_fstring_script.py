# A report script written for Python 3.12: the nested quotes are a SyntaxError in 3.11,
# so nothing runs.
scores = {"alice": 91, "bob": 78}
print("before")
for name in sorted(scores):
    print(f"{name:>8}: {scores[name]:3d}")
print(f"best: {max(scores, key=lambda n: scores[n])}, alice has {scores["alice"]}")
