# str.format called with ** of a dict holding non-str keys: the bound method receives the
# dict as it is (non-str keys are never looked up); every other call rejects them.


class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{0}|{x}'.format(5, **{1: 2, 'x': 3}))
print('{0}-{0}'.format('a', **{(1, 2): 'tuple key', None: 0}))
print('{}'.format(7, **{3.5: 'f'}))
try:
    print('{0}'.format(**{1: 2}))
except IndexError as e:
    print('IndexError', e)
try:
    print('{1}'.format(**{1: 2}))
except IndexError as e:
    print('IndexError', e)
try:
    print('{y}'.format(**{1: 2}))
except KeyError as e:
    print('KeyError', e)

for call in (lambda: str.format('{0}', 1, **{1: 2}),
             lambda: (lambda **kw: kw)(**{1: 2}),
             lambda: dict(**{1: 2}),
             lambda: print(**{1: 2}),
             lambda: sorted([], **{1: 2})):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

print('{a} {b} {c[0]} {c[1]}'.format_map(Missing(a=1, c='xy')))
print('{name:>8}|{value:<6.2f}|'.format_map(Missing(name='pi', value=3.14159)))
for template, mapping in [('{0}', {0: 'zero'}), ('{0}', {'0': 'zero'}), ('{}', {}),
                          ('{k}', {}), ('{k.real}', {'k': 4})]:
    try:
        print(template.format_map(mapping))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
