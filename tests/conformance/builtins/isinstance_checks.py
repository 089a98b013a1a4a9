class A: pass
class B(A): pass
class C: pass
values = [1, 1.0, True, "s", b"b", [1], (1,), {1: 1}, {1}, None, A(), B(), C(), A, len, 1j]
kinds = [int, float, bool, str, bytes, list, tuple, dict, set, type(None), A, B, object, type]
for v in values:
    hits = [k.__name__ for k in kinds if isinstance(v, k)]
    print(f"{type(v).__name__:<20}{hits}")
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
