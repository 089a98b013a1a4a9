SHEET = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=SUM(A1:A3)",
    "B3": "=B1-B2/4", "C1": "=C2+1", "C2": "=C1+1", "C3": "=Z9+1", "D1": "hello", "D2": "=MAX(A1:B3)",
}
class CycleError(Exception): pass
def cell_range(a, b):
    cols = range(ord(a[0]), ord(b[0]) + 1)
    rows = range(int(a[1:]), int(b[1:]) + 1)
    return [f"{chr(c)}{r}" for c in cols for r in rows]
def evaluate(name, sheet, cache, active):
    if name in cache: return cache[name]
    if name in active: raise CycleError(f"cycle through {name}")
    raw = sheet.get(name, "0")
    if not raw.startswith("="):
        try: val = float(raw)
        except ValueError: val = raw
        cache[name] = val
        return val
    active.add(name)
    expr = raw[1:]
    for fn in ("SUM", "MAX"):
        while fn + "(" in expr:
            s = expr.index(fn + "(")
            e = expr.index(")", s)
            a, b = expr[s + len(fn) + 1:e].split(":")
            vals = [evaluate(c, sheet, cache, active) for c in cell_range(a, b)]
            vals = [v for v in vals if isinstance(v, float)]
            expr = expr[:s] + repr(sum(vals) if fn == "SUM" else max(vals)) + expr[e + 1:]
    tokens, cur = [], ""
    for ch in expr + " ":
        if ch.isalnum() or ch == ".": cur += ch
        else:
            if cur: tokens.append(cur); cur = ""
            if ch.strip(): tokens.append(ch)
    out = []
    for t in tokens:
        if t[0].isalpha(): out.append(repr(evaluate(t, sheet, cache, active)))
        else: out.append(t)
    val = eval(" ".join(out), {"__builtins__": {}})
    active.discard(name)
    cache[name] = val
    return val
cache = {}
for name in sorted(SHEET):
    try:
        print(name, SHEET[name], "->", evaluate(name, SHEET, cache, set()))
    except CycleError as e:
        print(name, SHEET[name], "-> #CYCLE", e)
