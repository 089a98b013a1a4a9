import json, io
from collections import OrderedDict
from decimal import Decimal
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "ok": True, "nested": {"z": 1, "a": [1, {"b": 2}]}, "uni": "caf\u00e9 \u2603 \U0001f600", "big": 10**20, "f": 1e100, "neg": -0.0}
print(json.dumps(data))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent='\t', ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=2))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps(float('inf')), json.dumps([float('nan')]))
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.loads('{"a": 1.5, "b": [true, false, null], "c": "\\u00e9\\n"}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('1.10', parse_float=Decimal), json.loads('{"a":1,"a":2}'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
def enc(o):
    if isinstance(o, set): return sorted(o)
    if isinstance(o, complex): return [o.real, o.imag]
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')
print(json.dumps({'s': {3, 1}, 'c': 1 + 2j}, default=enc))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal): return str(o)
        return super().default(o)
print(Enc(indent=1).encode({'d': Decimal('1.5')}), json.dumps([Decimal('2')], cls=Enc))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(str(e)[:40])
for bad in ['{"a" 1}', '[1,]', '{"a": 1', 'tru', '"abc', '[1] x', '{1: 2}', '"\\x"', '01', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
f = io.StringIO(); json.dump({'k': [1, 2]}, f, separators=(',', ':')); print(f.getvalue()); f.seek(0); print(json.load(f))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.loads(b'{"b": 2}'), json.loads(bytearray(b'[3]')))
s = '{"a": [1, 2, {"b": null}]}'
print(json.dumps(json.loads(s), indent=0), json.dumps('</script>'), json.dumps("\x00\x1f\x7f"))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True), json.dumps((1, 2)), json.dumps('x' * 3, indent=2))
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyFloat(float): pass
print(json.dumps([MyList([1]), MyDict(a=1), MyInt(5), MyFloat(1.5), True]))
print(json.dumps({'a': 1}, indent=2, separators=(', ', ': ')))
