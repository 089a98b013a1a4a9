# operator: operator functions, itemgetter, attrgetter, methodcaller.
import operator
from operator import attrgetter, itemgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3.5), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth("x"))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.is_(None, None), operator.is_not(1, None))
print(operator.add("ab", "cd"), operator.mul("ab", 3), operator.add([1], [2]))
print(operator.concat([1, 2], [3]), operator.contains("hello", "ell"), operator.contains([1, 2], 3))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"a": 1}, "a"), operator.getitem("hello", slice(1, 3)))
d = {}
operator.setitem(d, "k", 1)
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d)
class Hinted:
    def __length_hint__(self):
        return 4
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(Hinted()), operator.length_hint(x for x in "a"), operator.length_hint(object(), 9))
l = [1]
print(operator.iadd(l, [2]), l)
print(operator.iadd(1, 2), operator.imul("a", 3), operator.isub(10, 4), operator.ior({1}, {2}))
print(reduce(operator.mul, range(1, 8)))
print(sorted([3, 1, 2], key=operator.neg))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError", e)
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)

print("itemgetter")
g = itemgetter(1)
print(g("ABCDEFG"), g([1, 2]), repr(g))
g = itemgetter(1, 3, 5)
print(g("ABCDEFG"), repr(g))
print(itemgetter(slice(2, None))("ABCDEFG"))
print(itemgetter("rank")({"rank": 3, "name": "x"}))
inventory = [("apple", 3), ("banana", 2), ("pear", 5), ("orange", 1)]
print(sorted(inventory, key=itemgetter(1)))
print(list(map(itemgetter(0), inventory)))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(rows, key=itemgetter("a", "n")))
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError", e)
try:
    itemgetter("zz")({})
except KeyError as e:
    print("KeyError", e)

print("attrgetter")
class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name.first} {self.name.last}, {self.age})"
people = [Person(Name("Ada", "Lovelace"), 36), Person(Name("Alan", "Turing"), 41),
          Person(Name("Grace", "Hopper"), 85)]
print(sorted(people, key=attrgetter("age"), reverse=True))
print([attrgetter("name.last")(p) for p in people])
print(attrgetter("age", "name.first")(people[0]))
print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")))
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
print(attrgetter("real", "imag")(3 + 4j))

print("methodcaller")
m = methodcaller("upper")
print(m("hello"), repr(m))
m = methodcaller("split", ",", 1)
print(m("a,b,c"), repr(m))
m = methodcaller("replace", "a", "o")
print(m("banana"))
m = methodcaller("get", "x", default=0) if False else methodcaller("count", "a")
print(m("banana"))
m = methodcaller("format", name="world")
print(m("hello {name}"), repr(m))
print(list(map(methodcaller("strip"), ["  a ", "b  "])))
print(sorted(["bb", "a", "CCC"], key=methodcaller("lower")))
