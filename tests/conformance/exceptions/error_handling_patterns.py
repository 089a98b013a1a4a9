def to_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
print([to_int(x, -1) for x in ["1", " 2 ", "x", None, 3.7, "0x10", ""]])
def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return "undefined"
    except TypeError as e:
        return f"type problem: {e}"
    else:
        return round(result, 3)
    finally:
        pass
print([safe_div(*p) for p in [(1, 2), (1, 0), ("1", 2), (7, 3)]])
def lookup(d, path):
    cur = d
    for part in path.split("."):
        try:
            cur = cur[int(part)] if isinstance(cur, list) else cur[part]
        except (KeyError, IndexError, ValueError) as e:
            return f"missing at {part!r} ({type(e).__name__})"
    return cur
data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob"}]}
for p in ["users.0.name", "users.0.roles.0", "users.1.roles", "users.5", "users.x", "groups"]:
    print(p, "->", lookup(data, p))
errors = {}
for v in [1, "a", [], None, 2.5, {}]:
    try:
        v + 1
    except TypeError as e:
        errors[type(v).__name__] = str(e)
for k in errors:
    print(k, ":", errors[k])
