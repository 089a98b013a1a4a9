class AppError(Exception):
    pass
try:
    x = input()
except EOFError as e:
    print("eof", repr(e))
l = [1]; l.append(l); print(l)
d = {"a": 1}; d["self"] = d; print(d)
print(str(10 ** 100)[:10], len(str(2 ** 10000)) if False else "")
try:
    str(10 ** 5000)
except ValueError as e:
    print(str(e)[:40])
raise AppError("custom failure", 42)
