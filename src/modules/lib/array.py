"""array for pyseal: compact sequences of numbers of one C type (array.array)."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (struct format, item size, low, high, overflow messages (low, high))
_INT_TYPES = {
    'b': ('b', 1, -128, 127, 'signed char is less than minimum',
          'signed char is greater than maximum'),
    'B': ('B', 1, 0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': ('h', 2, -32768, 32767, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': ('H', 2, 0, 65535, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': ('i', 4, -2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': ('I', 4, 0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': ('q', 8, -2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': ('Q', 8, 0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': ('q', 8, -2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': ('Q', 8, 0, 2 ** 64 - 1, "can't convert negative int to unsigned",
          'int too big to convert'),
}
_FLOAT_TYPES = {'f': ('f', 4), 'd': ('d', 8)}


def _item_format(typecode):
    if typecode in _INT_TYPES:
        return _INT_TYPES[typecode][0]
    if typecode in _FLOAT_TYPES:
        return _FLOAT_TYPES[typecode][0]
    return None


class array:
    """array(typecode[, initializer]): a sequence of items of the one C type."""

    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not '
                            f'{type(typecode).__name__}')
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, array) and initializer.typecode != typecode and \
                (typecode == 'u' or initializer.typecode == 'u'):
            raise TypeError(f'cannot use a unicode array to initialize an array with '
                            f'typecode {typecode!r}')
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f'cannot use a str to initialize an array with typecode '
                                f'{typecode!r}')
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)
        return self

    def __init__(self, *args):
        pass

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        if self._typecode == 'u':
            return 4
        if self._typecode in _INT_TYPES:
            return _INT_TYPES[self._typecode][1]
        return _FLOAT_TYPES[self._typecode][1]

    def _check(self, value):
        tc = self._typecode
        if tc == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError(f'array item must be unicode character, not '
                                f'{type(value).__name__}')
            return value
        if tc in _FLOAT_TYPES:
            if isinstance(value, str) or not hasattr(type(value), '__float__') and \
                    not hasattr(type(value), '__index__'):
                raise TypeError(f'must be real number, not {type(value).__name__}')
            value = float(value)
            if tc == 'f':
                value = _struct.unpack('f', _struct.pack('f', value))[0]
            return value
        if not hasattr(type(value), '__index__'):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                            'integer')
        value = value.__index__()
        fmt, size, low, high, low_msg, high_msg = _INT_TYPES[tc]
        if value < low:
            raise OverflowError(low_msg)
        if value > high:
            raise OverflowError(high_msg)
        return value

    # -- sequence protocol --

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            new = array(self._typecode)
            new._items = self._items[index]
            return new
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to '
                                'array slice')
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = list(value._items)
            return
        try:
            self._items[index] = self._check(value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        new = array(self._typecode)
        new._items = self._items + other._items
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not '
                            f'"{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        new = array(self._typecode)
        new._items = self._items * n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __copy__(self):
        new = array(self._typecode)
        new._items = list(self._items)
        return new

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    # -- methods --

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self._items.append(self._check(value))

    def insert(self, index, value):
        self._items.insert(index, self._check(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(value, start)
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        checked = [self._check(v) for v in values]
        self._items.extend(checked)

    def tobytes(self):
        if self._typecode == 'u':
            return ''.join(self._items).encode('utf-32-le')
        fmt = _item_format(self._typecode)
        return _struct.pack(f'<{len(self._items)}{fmt}', *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._typecode == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        fmt = _item_format(self._typecode)
        self._items.extend(_struct.unpack(f'<{len(data) // size}{fmt}', data))

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, text):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(text)

    def byteswap(self):
        if self.itemsize == 1:
            return
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array
