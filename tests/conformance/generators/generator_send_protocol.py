def parser():
    """Receives characters one at a time, yields complete tokens (or None)."""
    token = ""
    ch = yield None
    while True:
        if ch is None or ch in " ,;":
            out = token or None
            token = ""
            if ch is None:
                yield out
                return
            ch = yield out
        else:
            token += ch
            ch = yield None
p = parser()
next(p)
tokens = []
for ch in "alpha, beta;gamma  delta":
    t = p.send(ch)
    if t:
        tokens.append(t)
last = p.send(None)
if last:
    tokens.append(last)
print(tokens)
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
