"""A build-order tool: graphlib TopologicalSorter (static order, parallel ready batches,
cycles), queue classes for work lists, operator helpers, types.SimpleNamespace and
MappingProxyType for configuration, reprlib for log lines, numbers ABCs for validation."""
import graphlib
import queue
import operator
import types
import reprlib
import numbers
from fractions import Fraction
from decimal import Decimal

deps = {
    'app': {'lib', 'config'},
    'lib': {'core', 'utils'},
    'utils': {'core'},
    'config': set(),
    'tests': {'app', 'utils'},
}

print("== graphlib")
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index('core') < order.index('utils') < order.index('lib') < order.index('app'), len(order))
ts = graphlib.TopologicalSorter(deps)
ts.prepare()
batch_no = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    batch_no += 1
    print(f"batch {batch_no}: {ready}")
    ts.done(*ready)
print(bool(ts))
ts2 = graphlib.TopologicalSorter()
ts2.add('b', 'a')
ts2.add('c', 'b')
ts2.add('a')
print(list(ts2.static_order()))
cyclic = graphlib.TopologicalSorter({'x': {'y'}, 'y': {'z'}, 'z': {'x'}})
try:
    cyclic.prepare()
except graphlib.CycleError as e:
    msg, cycle = e.args
    print("CycleError:", msg, len(cycle), cycle[0] == cycle[-1])
t3 = graphlib.TopologicalSorter({'a': []})
try:
    t3.get_ready()
except ValueError as e:
    print("ValueError:", e)
t3.prepare()
try:
    t3.prepare()
except ValueError as e:
    print("ValueError:", e)
try:
    t3.add('b')
except ValueError as e:
    print("ValueError:", e)
try:
    t3.done('zzz')
except ValueError as e:
    print("ValueError:", e)

print("== queue")
fifo = queue.Queue()
for job in ['compile', 'link', 'package']:
    fifo.put(job)
print(fifo.qsize(), fifo.get(), fifo.get_nowait(), fifo.empty(), fifo.full())
lifo = queue.LifoQueue()
for n in range(4):
    lifo.put(n)
print([lifo.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
bounded = queue.Queue(maxsize=1)
bounded.put('a')
try:
    bounded.put_nowait('b')
except queue.Full:
    print("queue.Full raised", bounded.full())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.qsize(), sq.empty())
fifo.task_done()
fifo.task_done()
try:
    fifo.task_done()
    fifo.task_done()
except ValueError as e:
    print("ValueError:", e)

print("== operator")
rows = [{'name': 'b', 'size': 3}, {'name': 'a', 'size': 3}, {'name': 'c', 'size': 1}]
print([r['name'] for r in sorted(rows, key=operator.itemgetter('size', 'name'))])
upper = operator.methodcaller('upper')
split2 = operator.methodcaller('split', '-', 1)
print(upper('abc'), split2('a-b-c'), repr(split2))
ns = types.SimpleNamespace(target='app', opts=types.SimpleNamespace(debug=True))
print(operator.attrgetter('opts.debug')(ns), operator.attrgetter('target', 'opts.debug')(ns))
print(repr(operator.itemgetter(1, 'x')), repr(operator.attrgetter('a.b')))
print(operator.index(7), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1))
print(operator.indexOf('abc', 'c'), operator.truth([]), operator.is_not(None, 0), operator.neg(5), operator.pow(2, 10))
x = [1, 2]
operator.iadd(x, [3])
operator.setitem(x, 0, 'first')
operator.delitem(x, 1)
print(x, operator.length_hint(iter(range(5))), operator.getitem({'k': 'v'}, 'k'))
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print("ValueError:", e)

print("== types")
print(ns, ns == types.SimpleNamespace(target='app', opts=types.SimpleNamespace(debug=True)))
ns.extra = [1]
del ns.target
print(sorted(vars(ns)), repr(types.SimpleNamespace()))
frozen = types.MappingProxyType({'mode': 'release', 'jobs': 4})
print(frozen['mode'], len(frozen), list(frozen.items()), 'jobs' in frozen, frozen.get('x', '-'))
try:
    frozen['mode'] = 'debug'
except TypeError as e:
    print("TypeError:", e)
print(repr(frozen), frozen | {'extra': 1}, type(frozen).__name__)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType),
      isinstance((x for x in []), types.GeneratorType), types.NoneType, types.ModuleType('m'))
Dyn = types.new_class('Dyn', (object,), {}, lambda ns: ns.update({'hello': lambda self: 'hi'}))
print(Dyn().hello(), Dyn.__name__)

print("== reprlib")
r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 20
print(r.repr(list(range(100))), r.repr('x' * 100), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(8))), reprlib.repr([[[[[1]]]]]))


class Tree:
    def __init__(self, kids):
        self.kids = kids

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids!r})"


t = Tree([])
t.kids.append(t)
print(repr(t))

print("== numbers")
for v in [3, 2.5, Fraction(1, 3), Decimal('1.1'), 1j, True, 'x']:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Integral),
          isinstance(v, numbers.Rational), isinstance(v, numbers.Real), isinstance(v, numbers.Complex))
print(issubclass(numbers.Integral, numbers.Complex), numbers.Real.__abstractmethods__ >= {'__float__'})
