# Inventory / data-processing with classes: sorting by attrgetter, grouping, __lt__ & key funcs, class-level caches
import operator, itertools, functools
class Product:
    _registry = {}
    __slots__ = ('sku', 'name', 'price', 'qty', 'tags')
    def __new__(cls, sku, *a, **k):
        if sku in cls._registry: return cls._registry[sku]
        obj = super().__new__(cls); cls._registry[sku] = obj; return obj
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty, self.tags = sku, name, price, qty, frozenset(tags)
    def __repr__(self): return f'<{self.sku} {self.name} ${self.price:.2f} x{self.qty}>'
    @property
    def value(self): return round(self.price * self.qty, 2)
    def __lt__(self, o): return (self.price, self.sku) < (o.price, o.sku)
items = [Product('A1', 'widget', 2.5, 10, {'tool'}), Product('B2', 'gadget', 12.0, 3, {'tool', 'elec'}),
         Product('C3', 'doohickey', 0.75, 100), Product('D4', 'gizmo', 12.0, 0, {'elec'}), Product('A1', 'dup', 9, 9)]
print(len(items), items[0] is items[-1], items[0].name, len(Product._registry))
print(sorted(set(items)), min(items), max(items, key=operator.attrgetter('qty')))
print(sorted(items[:4], key=operator.attrgetter('price', 'name')))
by_price = itertools.groupby(sorted(items[:4], key=lambda p: p.price), key=operator.attrgetter('price'))
print([(k, [p.sku for p in g]) for k, g in by_price])
print(sum(p.value for p in items[:4]), functools.reduce(lambda a, p: a | p.tags, items[:4], frozenset()) == {'tool', 'elec'})
print(list(map(operator.methodcaller('__repr__'), items[:2])), [p.sku for p in filter(lambda p: 'elec' in p.tags, items)])
getter = operator.itemgetter(1, 3); print([p.sku for p in getter(items)])
try: items[0].color = 'red'
except AttributeError as e: print(e)
print(f'{"sku":<4}|{"name":>10}|{"value":>8}')
for p in sorted(items[:4], key=lambda p: -p.value):
    print(f'{p.sku:<4}|{p.name:>10}|{p.value:>8.2f}')
class Stock(dict):
    def __missing__(self, key): return 0
    def add(self, sku, n): self[sku] += n; return self
st = Stock().add('A1', 3).add('A1', 2).add('Z', 1)
print(st, st['nope'], sorted(st.items(), key=operator.itemgetter(1)))
