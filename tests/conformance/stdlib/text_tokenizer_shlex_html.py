import re, shlex, fnmatch, html

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'==|!=|<=|>=|[-+*/%=<>()\[\]{},;:]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join(f'(?P<{n}>{p})' for n, p in TOKEN_SPEC))
KEYWORDS = {'if', 'else', 'while', 'return', 'def'}

def tokenize(code):
    line, start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - start
        if kind == 'NUMBER':
            value = float(value) if ('.' in value or 'e' in value.lower()) else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'NEWLINE':
            start = m.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line}')
        yield kind, value, line, col

src = '''def area(w, h):  # rectangle
    if w >= 0 and h != 0:
        return w * h * 1.5e2
    s = "say \\"hi\\"" + name
    x = [1, 2.5, 3e-2]; y = {a: b}
'''
for tok in tokenize(src):
    print(tok)
try:
    list(tokenize('a = 1 @ 2'))
except RuntimeError as e:
    print('RuntimeError:', e)

sc = re.Scanner([
    (r'[a-z]+', lambda s, t: ('WORD', t)),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'\s+', None),
    (r'[,.]', lambda s, t: ('PUNCT', t)),
])
print(sc.scan('hello 42, world 7.'))
print(sc.scan('abc ?? def'))

# calculator via recursive descent on tokens
def parse_expr(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == '(':
            v = expr()
            take()
            return v
        if t == '-':
            return -atom()
        return float(t)
    def term():
        v = atom()
        while peek() in ('*', '/'):
            v = v * atom() if take() == '*' else v / atom()
        return v
    def expr():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    return expr()
for e in ['1 + 2 * 3', '(1 + 2) * 3', '-4 / (2 - 4) + 0.5', '2 * (3 + (4 - 1)) / 3']:
    print(e, '=', parse_expr(re.findall(r'\d+\.?\d*|[-+*/()]', e)))

print(shlex.split('cmd --name "John Smith" -x \'single q\' esc\\ aped "a\\"b" # not a comment'))
print(shlex.split('a # comment here', comments=True), shlex.quote("it's here"), shlex.quote('safe-name_1.txt'), shlex.quote(''))
print(shlex.join(['echo', 'hello world', "it's", '$HOME']))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print('ValueError:', e)
lex = shlex.shlex('a=b, c="d e"', posix=True)
lex.whitespace_split = False
print(list(lex))

files = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'data.JSON', 'a1.txt', 'ab.txt', '.hidden']
for pat in ['*.py', 'test_*', '*.[mc]*', '?1.txt', '[!a]*', '*.json', '.*', 'a[0-9b].txt']:
    print(pat, fnmatch.filter(files, pat), [f for f in files if fnmatch.fnmatchcase(f, pat)])
print(fnmatch.translate('*.py'), fnmatch.translate('[!a-c]?x*'), fnmatch.fnmatch('X.PY', '*.py'))

doc = '<p class="x">Tom & Jerry\'s "show" <b>5 > 3</b></p>'
print(html.escape(doc), html.escape(doc, quote=False))
print(html.unescape('&lt;a href=&quot;x&quot;&gt; &amp;amp; &copy; &#169; &#x41; &eacute; &notanentity; &amp'))
