# hand-written itertools-like generators
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def chain(*its):
    for it in its:
        yield from it

def cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur = sentinel
    group = []
    for x in it:
        k = key(x)
        if cur is sentinel or k != cur:
            if group:
                yield cur, group
            cur, group = k, [x]
        else:
            group.append(x)
    if group:
        yield cur, group

def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x

def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row = []
        alive = 0
        for i, it in enumerate(iters):
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
                iters[i] = iter(())
        if not alive:
            return
        yield tuple(row)

def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest

def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest

def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest

def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return tuple(gen(b) for b in buffers)

print(list(take(5, count(10, 5))))
print(list(take(7, cycle('abc'))))
print(list(chain([1, 2], (3,), 'xy', range(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], lambda a, b: a * b, 10)))
print(list(accumulate([])))
print([(k, ''.join(g)) for k, g in groupby('aaabccdddde')])
print(list(groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)))
print(list(pairwise('abcd')), list(pairwise([1])))
print(list(zip_longest('abc', [1, 2], fill='-')))
print(list(permutations('abc')), len(list(permutations(range(5), 3))))
print(list(combinations('abcd', 2)))
print(list(product('ab', [0, 1])))
a, b = tee(count())
print(next(a), next(a), next(a), next(b), list(take(3, b)), next(a))

# generator expressions & laziness
log = []
def noisy(x):
    log.append(x)
    return x
ge = (noisy(x) * 2 for x in range(5) if x % 2 == 0)
print(log, next(ge), log)
print(list(ge), log)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "the quick brown fox".split()))
print(any(x > 3 for x in count()), all(x < 3 for x in count()))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(x for sub in nested for x in sub if x % 2))

# generator as state machine
def traffic_light():
    state = 'green'
    while True:
        cmd = yield state
        if cmd == 'reset':
            state = 'red'
            continue
        state = {'green': 'yellow', 'yellow': 'red', 'red': 'green'}[state]
tl = traffic_light()
print([next(tl)] + [tl.send(c) for c in [None, None, 'reset', None, None]])

def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ('NUM', int(text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ('NAME', text[i:j])
            i = j
        else:
            yield ('OP', c)
            i += 1
    yield ('EOF', None)

def parse_expr(tokens):
    tok = next(tokens)
    def advance():
        nonlocal tok
        tok = next(tokens)
    def atom():
        if tok[0] == 'NUM':
            v = tok[1]; advance(); return v
        if tok == ('OP', '('):
            advance(); v = expr()
            assert tok == ('OP', ')'), tok
            advance(); return v
        raise SyntaxError(f"unexpected {tok}")
    def term():
        v = atom()
        while tok in (('OP', '*'), ('OP', '/')):
            op = tok[1]; advance()
            r = atom()
            v = v * r if op == '*' else v // r
        return v
    def expr():
        v = term()
        while tok in (('OP', '+'), ('OP', '-')):
            op = tok[1]; advance()
            r = term()
            v = v + r if op == '+' else v - r
        return v
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    print(src, '=', parse_expr(tokenize(src)))
try:
    parse_expr(tokenize("1 + * 2"))
except SyntaxError as e:
    print("SyntaxError:", e)
print(list(tokenize("x1 = 42+y")))
