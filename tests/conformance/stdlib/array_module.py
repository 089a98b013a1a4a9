# array: typecodes and their range checks, sequence operations, bytes round trips, byteswap,
# unicode arrays, comparisons, and pickling/copying.
import array
for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1)]:
    try: array.array(tc, [v])
    except OverflowError as e: print(tc, e)
for bad in [lambda: array.array('i', [1.5]), lambda: array.array('z'), lambda: array.array('i', "ab"), lambda: array.array('d', ["x"])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
a = array.array('f', [0.1]); print(a, a[0])
print(array.array('u', 'hi'), array.array('d'), array.array('i', b'\x01\x00\x00\x00'), repr(array.array('b', [1,2])[0:1]))
print(array.typecodes)
x = array.array('h', range(10))
x.append(99); x.extend([100, 101]); x.insert(0, -5); print(x, len(x), x.itemsize, x.typecode)
print(x.pop(), x.pop(0), x.index(99), x.count(3), x[2:5], x[::-3], 5 in x, list(reversed(x))[:3])
x[0] = 42; del x[1]; x.remove(99); x.reverse(); print(x.tolist())
b = x.tobytes(); print(len(b), b[:6])
y = array.array('h'); y.frombytes(b); print(y == x, y < array.array('h', [1000]), x + array.array('h', [7]), x * 2 == x + x)
d = array.array('d', [1.5, -2.25]); d.byteswap(); d.byteswap(); print(d, sum(d), max(d))
u = array.array('u', 'héllo'); print(u.tounicode(), u[1], len(u.tobytes()))
try: x + array.array('i', [1])
except TypeError as e: print(e)
try: x[100]
except IndexError as e: print(e)
import pickle, copy
print(pickle.loads(pickle.dumps(x)) == x, copy.deepcopy(d) == d)
