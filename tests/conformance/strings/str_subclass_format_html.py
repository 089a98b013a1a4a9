from html.parser import HTMLParser
import string

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())
    def shout(self):
        return self + '!'
class Tagged(str):
    def __repr__(self):
        return f'Tagged({str(self)!r})'
    def __format__(self, spec):
        return '<' + format(str(self), spec) + '>'
u = Upper('hello')
print(u, type(u).__name__, type(u + 'x').__name__, type(u.lower()).__name__, type(u[1:]).__name__, u.shout(), isinstance(u, str))
print(u == 'HELLO', hash(u) == hash('HELLO'), {u: 1}['HELLO'], sorted([Upper('b'), 'a', Upper('c')]), u * 2, type(u * 2).__name__)
t = Tagged('x')
print(t, repr(t), [t], f'{t}', f'{t:>5}', f'{t!r}', f'{t!s:>3}', '{}'.format(t), '%s %r' % (t, t), str(t), type(str(t)).__name__)
print(''.join([Upper('a'), 'b']), type(''.join([Upper('a')])).__name__, Upper('a').join(['x', 'y']), 'a b'.split(Upper(' ')))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec.endswith('$'):
            return f'${self.cents / 100:{spec[:-1] or ",.2f"}}'
        return format(self.cents, spec)
    def __str__(self):
        return f'{self.cents}c'
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(1234567)
print(f'{m}', f'{m:$}', f'{m:>15,.1f$}', f'{m:_}', f'{m!s:>10}', f'{m!r}', '{0:$} and {0}'.format(m), format(m), str(m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(Plain(), '').startswith('<__main__.Plain object'), '{0.__class__.__name__}'.format(m), '{0.cents:08d}'.format(m))
nested = {'user': {'name': 'Ann', 'tags': ['a', 'b']}}
print('{d[user][name]} has {d[user][tags][1]}'.format(d=nested), '{0[0]}{0[1]}'.format('xy'), '{:{fill}{align}{width}}'.format('c', fill='-', align='^', width=7))
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
print('{name} is {age}'.format_map(Default(name='Bo')), string.Formatter().vformat('{0}{x}', ('a',), {'x': 'b'}))
width = 10
print(f"{'nested ' + f'{width:>{width // 2}}'!r}", f'{"quote"}', f'{3.14159:.{2}f}', f'{"a" "b"}', f"{'x'!a:*^7}", f'{width:#0{width}x}')
print(f'{1}{2}{3}', f'{{}}', f'{{{width}}}', f'{width!r:}', f'{ width }', f'''{
    width
}''')
items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print(f"{'Item':<10}|{'Price':>8}|{'Qty':^5}|{'Total':>9}")
print('-' * 35)
for n, p, q in items:
    print(f'{n:<10}|{p:>8.2f}|{q:^5d}|{p * q:>9,.2f}')
print(f"{'TOTAL':<10}|{'':>8}|{sum(q for *_, q in items):^5}|{sum(p * q for _, p, q in items):>9.2f}")

class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(('end', tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))
    def handle_data(self, data):
        if data.strip():
            self.events.append(('data', data))
    def handle_comment(self, data):
        self.events.append(('comment', data))
    def handle_entityref(self, name):
        self.events.append(('entity', name))
    def handle_charref(self, name):
        self.events.append(('charref', name))
    def handle_decl(self, decl):
        self.events.append(('decl', decl))
p = LinkParser()
p.feed('<!DOCTYPE html><html><body class="main" id=x><a href="/a?x=1&amp;y=2">A &amp; B</a><br/>'
       '<!-- note --><img src=pic.png alt="p"><p>5 &lt; 6 &#65;</p><script>if (a<b) x();</script></body></html>')
p.close()
for e in p.events:
    print(e)
p2 = LinkParser()
p2.convert_charrefs = False
