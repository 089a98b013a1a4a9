import json
from decimal import Decimal
errs = ['', '{', '{"a":1,}', '[1,2', '{"a" 1}', 'nul', '[1,]', '"abc', '"\\x"', '1 2', '{"a":1}x', '[01]', '-', '{1:2}', '"\t"', 'NaNx', '[1e]', '"\\ud800"', '  ', '{"a":', '[,]', 'tru', '"\\u12"', '[1 2]', '{"a":1 "b":2}']
for s in errs:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('[NaN, Infinity, -Infinity, 1e400, 1.5]'))
print(json.loads('{"a": 1.25}', parse_float=Decimal))
print(json.loads('{"a": 12}', parse_int=float))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a":1,"a":2}]', object_pairs_hook=lambda p: p))
print(json.loads('NaN', parse_constant=lambda s: 'const:' + s))
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('VE', e)
class P:
    def __init__(s, x): s.x = x
try:
    json.dumps({'p': P(1)})
except TypeError as e:
    print('TE', e)
print(json.dumps({'p': P(1)}, default=lambda o: o.__dict__))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TE', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.dumps([1, [2, [3, {}], []], {}], indent=3))
print(json.dumps({'b': 1, 'a': [1, 2]}, indent='\t', sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({'a': 1}, indent=2, separators=(',', ': ')))
try:
    json.dumps({'b': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TE', e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('VE', e)
print(json.dumps("\x00\x1f\x7f\u2028 \ud83d\ude00 😀"))
print(json.dumps('😀', ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00"'), json.loads('"\\u00e9\\n\\/"'))
print(json.dumps(Decimal('1.5') if False else 1.0), json.dumps(10**20), json.dumps(-0.0), json.dumps(1e16), json.dumps(0.1))
print(json.dumps((1, 2)), json.dumps(True), json.dumps(None))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(E().encode({'s': {3, 1, 2}}))
print(json.JSONEncoder(sort_keys=True).encode({'z': 1, 'a': 2}))
print(list(E(indent=1).iterencode([1])))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} tail'))
try:
    d.raw_decode('  {"a": 1}')
except json.JSONDecodeError as e:
    print(e)
class MyInt(int): pass
class MyStr(str): pass
print(json.dumps({MyStr('k'): MyInt(5)}))
import enum
class Col(enum.IntEnum):
    R = 1
print(json.dumps([Col.R]), json.dumps({Col.R: 1}))
print(json.loads(b'[1, "\xc3\xa9"]'))
print(json.loads('\ufeff[1]' [1:]))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(repr(json.dumps('a', indent=2)), json.dumps({}, indent=2), json.dumps([], indent=2))
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, e.doc)
lone = json.loads('["\\udc80x", "\\ud83d", "\\ud83dA", "\\ud83d\\u0041"]')
print([len(s) for s in lone], [hex(ord(s[0])) for s in lone])
print(json.dumps(lone), json.dumps(lone[0] + '\ud800\udc00'), ascii(json.dumps(lone, ensure_ascii=False)))
print(json.loads(json.dumps(lone)) == lone)
