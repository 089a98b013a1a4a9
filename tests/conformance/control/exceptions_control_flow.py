def find_first_negative(rows):
    class Found(Exception):
        pass
    try:
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v < 0:
                    raise Found((i, j))
    except Found as f:
        return f.args[0]
    return None
print(find_first_negative([[1, 2], [3, -4], [-5]]), find_first_negative([[1]]))
def parse_all(tokens):
    out = []
    for t in tokens:
        try:
            out.append(int(t))
        except ValueError:
            try:
                out.append(float(t))
            except ValueError:
                out.append(t)
    return out
print(parse_all(["1", "2.5", "x", "-3", "1e3", "nan", ""]))
def retry(fn, attempts):
    for i in range(1, attempts + 1):
        try:
            return fn(i)
        except RuntimeError as e:
            print(f"attempt {i} failed: {e}")
    return "gave up"
print(retry(lambda i: i if i >= 3 else (_ for _ in ()).throw(RuntimeError(f"not yet {i}")), 5))
print(retry(lambda i: (_ for _ in ()).throw(RuntimeError("never")), 2))
