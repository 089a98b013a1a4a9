from collections import defaultdict
from string import Template
class Default(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} and {b}'.format_map(Default(a=1)))
print('{a[x]} {n:>5}'.format_map({'a': {'x': 1}, 'n': 3}))
d = defaultdict(lambda: '?', name='Ann')
print('{name} is {age}'.format_map(d))
for t, arg in [('{0}', {}), ('{}', {}), ('{a}', []), ('{a}', 1), ('{a}', {})]:
    try: print(t.format_map(arg))
    except Exception as e: print(type(e).__name__, e)
try: '{0:{1:{2}}}'.format(1, 2, 3)
except Exception as e: print(type(e).__name__, e)
print('{0:{1}}|{2:>{w}.{p}f}'.format('x', 5, 3.14159, w=8, p=2))
class MyT(Template):
    delimiter = '%'
    idpattern = r'[a-z]+'
print(MyT('%who owes %amt %%').substitute(who='me', amt=5))
class Br(Template):
    braceidpattern = r'[a-z ]+'
print(Br('${hello world} $x').substitute({'hello world': 1, 'x': 2}))
class P(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'
print(P('@a @[b] @@').substitute(a=1, b=2), P.pattern.pattern)
t = Template('$who likes ${what} $$ and $who')
print(t.get_identifiers(), t.is_valid(), Template('$ x').is_valid(), Template.pattern.flags, Template.delimiter)
print(t.substitute({'who': 'a', 'what': 'b'}, who='kw'))
for bad in ['$', 'abc $', 'line1\nli $3', '${x', '${}']:
    try: Template(bad).substitute(x=1)
    except ValueError as e: print('ValueError', e)
    print(repr(Template(bad).safe_substitute()))
try: Template('$x').substitute()
except KeyError as e: print('KeyError', e)
print(Template('$x ${y}z $1').safe_substitute(x=1))
print(Template('€$x').substitute(x='é'), Template('$ïd').safe_substitute())
