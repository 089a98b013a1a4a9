# functools.partial survives copy/deepcopy/pickle; wraps() is a partial of update_wrapper;
# pickling things that cannot be found by name fails with CPython's messages.
import copy
import functools
import pickle

to_int = functools.partial(int, base=2)
print(copy.copy(to_int)('101'), copy.deepcopy(to_int)('111'))
p2 = pickle.loads(pickle.dumps(to_int))
print(type(p2).__name__, p2.func is int, p2.args, p2.keywords, p2('11'))

greet = functools.partial(print, 'hello', sep=', ')
greet.note = 'tagged'
g2 = copy.deepcopy(greet)
g2('world')
print(g2.note, g2.keywords is not greet.keywords)

print(to_int.__reduce__()[1], to_int.__reduce__()[2][1:3])
try:
    to_int.__setstate__([1])
except TypeError as e:
    print('TypeError:', e)
try:
    to_int.__setstate__((int, (), None))
except TypeError as e:
    print('TypeError:', e)


def shout(s):
    """Upper-case s."""
    return s.upper()


w = functools.wraps(shout)
print(type(w).__name__, w.func is functools.update_wrapper)


@w
def wrapper(*args):
    return shout(*args) + '!'


print(wrapper('hey'), wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is shout)
try:
    w()
except TypeError as e:
    print('TypeError:', e)


def make_local():
    def local():
        pass
    return local


for obj in (make_local(), shout):
    try:
        print(len(pickle.dumps(obj)) > 0)
    except (AttributeError, pickle.PicklingError) as e:
        print(type(e).__name__ + ':', e)


class Gone:
    pass


Alias = Gone
del Gone
try:
    pickle.dumps(Alias)
except pickle.PicklingError as e:
    print('PicklingError:', e)

pickle.dumps(make_local())
