# Repeating a sequence past any possible size raises MemoryError (not a crash); empty
# sequences and negative counts repeat to empty at once.


def attempt(label, fn):
    try:
        result = fn()
        print(f"{label}: ok {len(result)}")
    except MemoryError as e:
        print(f"{label}: MemoryError {str(e)!r}")


attempt("list", lambda: [0] * (2**62))
attempt("tuple", lambda: (1, 2) * (2**61))
attempt("bytes", lambda: b"ab" * (2**60))
attempt("bytearray", lambda: bytearray(b"x") * (2**62))
attempt("str", lambda: "abc" * (2**60))
attempt("empty list", lambda: [] * (2**62))
attempt("empty str", lambda: "" * (2**62))
attempt("negative", lambda: [1, 2] * -(2**62))
attempt("small", lambda: [None] * 1000)
grid = [[0] * 3 for _ in range(2)]
grid *= 2
print(grid, len(grid))
row = [7]
row *= -1
print(row)
board = ["."] * (2**62)
