"""pickle for pyseal: serializing objects to bytes and back, in CPython's pickle formats.

The pickler writes the same opcode stream as CPython's (protocol 4 by default: framed, with
MEMOIZE and STACK_GLOBAL), so the bytes agree for the built-in types and for instances
reduced through __reduce_ex__. The unpickler reads protocols 0 to 5.
"""

import sys
import io
import copyreg
from struct import pack, unpack
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'PickleBuffer', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


class PickleBuffer:
    """A wrapper of a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return memoryview(bytes(self._buffer))

    def release(self):
        pass


# Opcodes (the pickle format).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_SIZE_CODES = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


def encode_long(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if not x:
        return b''
    # bit_length() // 8 + 1 bytes always hold x with its sign; a negative power of two
    # like -128 needs one byte fewer.
    size = x.bit_length() // 8 + 1
    if x < 0 and size > 1 and x >= -(1 << (8 * (size - 1) - 1)):
        size -= 1
    return x.to_bytes(size, 'little', signed=True)


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


# Python 2 names, for pickles of protocols 0-2 (fix_imports): (module, name) pairs and
# module renames, as pickles written by Python 2 use them.
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError Exception FloatingPointError FutureWarning GeneratorExit '
    'ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
    'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
    'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration '
    'SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError '
    'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
    'UserWarning ValueError Warning ZeroDivisionError').split()
_PY2_NAMES = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
}
_PY2_NAMES.update({('exceptions', name): ('builtins', name) for name in _PY2_EXCEPTIONS})
_PY2_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                'SocketServer': 'socketserver', 'ConfigParser': 'configparser',
                'repr': 'reprlib', 'cPickle': 'pickle', 'StringIO': 'io', 'cStringIO': 'io',
                'exceptions': 'builtins'}
_TO_PY2_NAMES = {new: old for old, new in _PY2_NAMES.items()}
_TO_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                   'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                   'reprlib': 'repr'}


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    # Otherwise search the loaded modules (but not the main script) for obj under name.
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or mod_name in ('__main__', '__mp_main__'):
            continue
        try:
            found = _getattribute(mod, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return mod_name
    return '__main__'


# ---------------------------------------------------------------------------------------------
# pickling

class _FrameWriter:
    """Protocol 4+ output: the opcodes gather in a frame, and a frame is written (behind a
    FRAME opcode once it has 4 bytes or more) whenever it has grown to 64 KiB at an object
    boundary, and at the end."""

    def __init__(self, sink):
        self._sink = sink
        self._frame = None

    def begin(self):
        self._frame = bytearray()

    def finish(self):
        if self._frame:
            self.flush(True)
        self._frame = None

    def flush(self, force=False):
        frame = self._frame
        if frame is None or not (force or len(frame) >= _FRAME_SIZE_TARGET):
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._sink(FRAME + pack('<Q', len(frame)))
        self._sink(bytes(frame))
        self._frame = bytearray()

    def write(self, data):
        if self._frame is None:
            self._sink(data)
        else:
            self._frame += data

    def write_big(self, header, payload):
        # Big objects go straight out, between frames.
        if self._frame is not None:
            self.flush(True)
        self._sink(header)
        self._sink(payload)


def _batches(iterable):
    it = iter(iterable)
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == _BATCHSIZE:
                break
        yield batch
        if len(batch) < _BATCHSIZE:
            return


class Pickler:
    """Writes the pickle of objects to a binary file: dump(obj)."""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            sink = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._out = _FrameWriter(sink)
        self.write = self._out.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if self.proto >= 2:
            self.write(PROTO + pack('<B', self.proto))
        if self.proto >= 4:
            self._out.begin()
        self.save(obj)
        self.write(STOP)
        self._out.finish()

    def persistent_id(self, obj):
        return None

    # -- the memo --

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            self.write(BINPUT + pack('<B', index) if index < 256
                       else LONG_BINPUT + pack('<I', index))
        else:
            self.write(PUT + str(index).encode('ascii') + b'\n')
        self.memo[id(obj)] = index, obj

    def get(self, index):
        if not self.bin:
            return GET + str(index).encode('ascii') + b'\n'
        if index < 256:
            return BINGET + pack('<B', index)
        return LONG_BINGET + pack('<I', index)

    def _memo_ref(self, obj):
        entry = self.memo.get(id(obj))
        return None if entry is None else self.get(entry[0])

    # -- objects --

    def save(self, obj, save_persistent_id=True):
        self._out.flush()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                if self.bin:
                    self.save(pid, save_persistent_id=False)
                    self.write(BINPERSID)
                else:
                    self.write(PERSID + str(pid).encode('ascii') + b'\n')
                return
        ref = self._memo_ref(obj)
        if ref is not None:
            self.write(ref)
            return
        kind = type(obj)
        writer = _WRITERS.get(kind)
        if writer is not None:
            writer(self, obj)
            return
        table = self.dispatch_table if self.dispatch_table is not None else dispatch_table
        reducer = table.get(kind)
        if reducer is not None:
            rv = reducer(obj)
        elif issubclass(kind, type):
            self.save_global(obj)
            return
        else:
            rv = NotImplemented
            override = getattr(self, 'reducer_override', None)
            if override is not None:
                rv = override(obj)
            if rv is NotImplemented:
                reduce_ex = getattr(obj, '__reduce_ex__', None)
                if reduce_ex is not None:
                    rv = reduce_ex(self.proto)
                else:
                    raise PicklingError(f"Can't pickle {kind.__name__!r} object: {obj!r}")
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by __reduce__ must contain 2 through 6 '
                                'elements')
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name in ('__newobj__', '__newobj_ex__'):
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError(f'args[0] from {name} args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError(f'args[0] from {name} args has the wrong class')
            if name == '__newobj__':
                self.save(cls)
                self.save(args[1:])
                self.write(NEWOBJ)
            elif self.proto >= 4:
                self.save(cls)
                self.save(args[1])
                self.save(args[2])
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args[1], **args[2]))
                self.save(())
                self.write(REDUCE)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            ref = self._memo_ref(obj)
            if ref is not None:
                self.write(POP + ref)
            else:
                self.memoize(obj)
        if listitems is not None:
            self._write_appends(listitems)
        if dictitems is not None:
            self._write_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2 + REDUCE + POP)

    def _write_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) == 1:
                self.save(batch[0])
                self.write(APPEND)
            elif batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(APPENDS)

    def _write_setitems(self, pairs):
        if not self.bin:
            for key, value in pairs:
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            return
        for batch in _batches(pairs):
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self.write(SETITEM)
            elif batch:
                self.write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self.write(SETITEMS)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't pickle local object {name!r}")
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f'{module_name!r} failed') from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                                f'{name} on {module_name} failed') from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f'{module_name}.{name}')
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    self.write(EXT2 + pack('<H', code))
                else:
                    self.write(EXT4 + pack('<i', code))
                return
        attr = name.rpartition('.')[2]
        if parent is module:
            name = attr
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, attr))
        else:
            if self.fix_imports:
                if (module_name, name) in _TO_PY2_NAMES:
                    module_name, name = _TO_PY2_NAMES[(module_name, name)]
                else:
                    module_name = _TO_PY2_MODULES.get(module_name, module_name)
            encoding = 'utf-8' if self.proto >= 3 else 'ascii'
            try:
                self.write(GLOBAL + module_name.encode(encoding) + b'\n' +
                           name.encode(encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' "
                                    f'using pickle protocol {self.proto}') from None
        self.memoize(obj)


def _write_none(p, obj):
    p.write(NONE)


def _write_bool(p, obj):
    if p.proto >= 2:
        p.write(NEWTRUE if obj else NEWFALSE)
    else:
        p.write(TRUE if obj else FALSE)


def _write_int(p, obj):
    if p.bin:
        if 0 <= obj <= 0xff:
            p.write(BININT1 + pack('<B', obj))
            return
        if 0 <= obj <= 0xffff:
            p.write(BININT2 + pack('<H', obj))
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            p.write(BININT + pack('<i', obj))
            return
    if p.proto >= 2:
        data = encode_long(obj)
        if len(data) < 256:
            p.write(LONG1 + pack('<B', len(data)) + data)
        else:
            p.write(LONG4 + pack('<i', len(data)) + data)
    elif -0x80000000 <= obj <= 0x7fffffff:
        p.write(INT + str(obj).encode('ascii') + b'\n')
    else:
        p.write(LONG + str(obj).encode('ascii') + b'L\n')


def _write_float(p, obj):
    if p.bin:
        p.write(BINFLOAT + pack('>d', obj))
    else:
        p.write(FLOAT + repr(obj).encode('ascii') + b'\n')


def _write_sized(p, data, small, medium, large, small_limit=0xff):
    """data behind the shortest of the length-prefixed opcodes (1, 4 or 8 length bytes)."""
    n = len(data)
    if small is not None and n <= small_limit:
        p.write(small + pack('<B', n) + data)
    elif large is not None and n > 0xffffffff:
        p._out.write_big(large + pack('<Q', n), data)
    elif n >= _FRAME_SIZE_TARGET:
        p._out.write_big(medium + pack('<I', n), data)
    else:
        p.write(medium + pack('<I', n) + data)


def _write_bytes(p, obj):
    if p.proto < 3:
        if not obj:
            p.save_reduce(bytes, (), obj=obj)
        else:
            import codecs
            p.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
        return
    _write_sized(p, obj, SHORT_BINBYTES, BINBYTES, BINBYTES8 if p.proto >= 4 else None)
    p.memoize(obj)


def _write_bytearray(p, obj):
    if p.proto < 5:
        p.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        return
    data = bytes(obj)
    header = BYTEARRAY8 + pack('<Q', len(data))
    if len(data) >= _FRAME_SIZE_TARGET:
        p._out.write_big(header, data)
    else:
        p.write(header + data)
    p.memoize(obj)


def _write_str(p, obj):
    if p.bin:
        data = obj.encode('utf-8', 'surrogatepass')
        if p.proto >= 4:
            _write_sized(p, data, SHORT_BINUNICODE, BINUNICODE, BINUNICODE8)
        else:
            _write_sized(p, data, None, BINUNICODE, None)
    else:
        text = obj
        for ch, esc in (('\\', '\\u005c'), ('\0', '\\u0000'), ('\n', '\\u000a'),
                        ('\r', '\\u000d'), ('\x1a', '\\u001a')):
            text = text.replace(ch, esc)
        p.write(UNICODE + text.encode('raw-unicode-escape') + b'\n')
    p.memoize(obj)


def _write_tuple(p, obj):
    n = len(obj)
    if n == 0:
        p.write(EMPTY_TUPLE if p.bin else MARK + TUPLE)
        return
    short = n <= 3 and p.proto >= 2
    if not short:
        p.write(MARK)
    for item in obj:
        p.save(item)
    ref = p._memo_ref(obj)
    if ref is not None:
        # The tuple was pickled while pickling its items (a cycle through a list or dict):
        # drop the items and refer to it.
        if short:
            p.write(POP * n + ref)
        elif p.bin:
            p.write(POP_MARK + ref)
        else:
            p.write(POP * (n + 1) + ref)
        return
    p.write(_TUPLE_SIZE_CODES[n] if short else TUPLE)
    p.memoize(obj)


def _write_list(p, obj):
    p.write(EMPTY_LIST if p.bin else MARK + LIST)
    p.memoize(obj)
    p._write_appends(obj)


def _write_dict(p, obj):
    p.write(EMPTY_DICT if p.bin else MARK + DICT)
    p.memoize(obj)
    p._write_setitems(obj.items())


def _write_set(p, obj):
    if p.proto < 4:
        p.save_reduce(set, (list(obj),), obj=obj)
        return
    p.write(EMPTY_SET)
    p.memoize(obj)
    for batch in _batches(obj):
        if batch:
            p.write(MARK)
            for item in batch:
                p.save(item)
            p.write(ADDITEMS)


def _write_frozenset(p, obj):
    if p.proto < 4:
        p.save_reduce(frozenset, (list(obj),), obj=obj)
        return
    p.write(MARK)
    for item in obj:
        p.save(item)
    ref = p._memo_ref(obj)
    if ref is not None:
        p.write(POP_MARK + ref)
        return
    p.write(FROZENSET)
    p.memoize(obj)


def _write_type(p, obj):
    for singleton in (None, NotImplemented, ...):
        if obj is type(singleton):
            p.save_reduce(type, (singleton,), obj=obj)
            return
    p.save_global(obj)


def _write_global(p, obj):
    p.save_global(obj)


def _a_function():
    pass


_WRITERS = {
    type(None): _write_none, bool: _write_bool, int: _write_int, float: _write_float,
    bytes: _write_bytes, bytearray: _write_bytearray, str: _write_str, tuple: _write_tuple,
    list: _write_list, dict: _write_dict, set: _write_set, frozenset: _write_frozenset,
    type: _write_type, type(len): _write_global, type(_a_function): _write_global,
    # The two singletons pickle by name, as their __reduce__ says in CPython.
    type(NotImplemented): lambda p, obj: p.save_global(obj, 'NotImplemented'),
    type(...): lambda p, obj: p.save_global(obj, 'Ellipsis'),
    slice: lambda p, obj: p.save_reduce(slice, (obj.start, obj.stop, obj.step), obj=obj),
}


# ---------------------------------------------------------------------------------------------
# unpickling

class Unpickler:
    """Reads pickles from a binary file: load()."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._in_readline = file.readline
        self._in_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def persistent_load(self, pid):
        raise UnpicklingError('unsupported persistent id encountered')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                module, name = _PY2_NAMES[(module, name)]
            else:
                module = _PY2_MODULES.get(module, module)
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def load(self):
        self._frame = b''
        self._frame_pos = 0
        self._marks = []
        self.stack = []
        self.proto = 0
        while True:
            code = self._read(1)
            if not code:
                raise EOFError('Ran out of input')
            handler = _OPS.get(code[0])
            if handler is None:
                raise UnpicklingError(f'invalid load key, {code.decode("latin-1")!r}.')
            if handler(self) is _DONE:
                return self.stack.pop()

    # -- input --

    def _read(self, n):
        if self._frame_pos < len(self._frame):
            data = self._frame[self._frame_pos:self._frame_pos + n]
            self._frame_pos += len(data)
            if len(data) < n:
                raise UnpicklingError('pickle exhausted before end of frame')
            return data
        data = self._in_read(n)
        if len(data) < n:
            if not data and n:
                raise EOFError('Ran out of input')
            raise UnpicklingError('pickle data was truncated')
        return data

    def _readline(self):
        if self._frame_pos < len(self._frame):
            end = self._frame.find(b'\n', self._frame_pos)
            if end < 0:
                raise UnpicklingError('pickle exhausted before end of frame')
            line = self._frame[self._frame_pos:end + 1]
            self._frame_pos = end + 1
            return line
        line = self._in_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def _arg(self, fmt):
        size = {'<B': 1, '<H': 2, '<i': 4, '<I': 4, '<Q': 8, '>d': 8}[fmt]
        return unpack(fmt, self._read(size))[0]

    def _since_mark(self):
        items = self.stack
        self.stack = self._marks.pop()
        return items

    def _push(self, value):
        self.stack.append(value)

    def _decode_8bit(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError(f'in constructor for {klass.__name__}: {err}') from err
        else:
            value = klass.__new__(klass)
        self._push(value)

    def _memo_push(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {index}') from None

    def _extension(self, code):
        missing = []
        obj = _extension_cache.get(code, missing)
        if obj is missing:
            key = _inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError('EXT specifies code <= 0')
                raise ValueError(f'unregistered extension code {code}')
            obj = self.find_class(*key)
            _extension_cache[code] = obj
        self._push(obj)

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            d = inst.__dict__
            for key, value in state.items():
                d[sys.intern(key) if type(key) is str else key] = value
        if slots:
            for key, value in slots.items():
                setattr(inst, key, value)

    def _frame_start(self):
        size = self._arg('<Q')
        if self._frame_pos < len(self._frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        data = self._in_read(size)
        if len(data) < size:
            raise UnpicklingError('pickle data was truncated')
        self._frame = data
        self._frame_pos = 0

    def _proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f'unsupported pickle protocol: {proto}')
        self.proto = proto

    def _text_int(self):
        line = self._readline()
        if line == FALSE[1:]:
            self._push(False)
        elif line == TRUE[1:]:
            self._push(True)
        else:
            self._push(int(line, 0))

    def _text_long(self):
        text = self._readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(int(text, 0))

    def _quoted_string(self):
        data = self._readline()[:-1]
        if len(data) < 2 or data[0] != data[-1] or data[0] not in b'"\'':
            raise UnpicklingError('the STRING opcode argument must be quoted')
        import codecs
        self._push(self._decode_8bit(codecs.escape_decode(data[1:-1])[0]))

    def _mark(self):
        self._marks.append(self.stack)
        self.stack = []

    def _pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._since_mark()

    def _reduce(self):
        args = self.stack.pop()
        self.stack[-1] = self.stack[-1](*args)

    def _appends(self):
        items = self._since_mark()
        target = self.stack[-1]
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def _setitems(self):
        items = self._since_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._since_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _global_line(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._push(self.find_class(module, name))

    def _stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self._push(self.find_class(module, name))

    def _inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        self._instantiate(self.find_class(module, name), self._since_mark())

    def _obj(self):
        args = self._since_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no '
                                  '*buffers* argument was given')
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None

    def _put(self, index):
        if index < 0:
            raise ValueError('negative PUT argument')
        self.memo[index] = self.stack[-1]


_DONE = object()


def _sized(fmt, convert):
    return lambda u: u._push(convert(u, u._read(u._arg(fmt))))


def _nonneg_sized(fmt, convert, what):
    def op(u):
        n = u._arg(fmt)
        if n < 0:
            raise UnpicklingError(f'{what} pickle has negative byte count')
        u._push(convert(u, u._read(n)))
    return op


_utf8 = lambda u, data: str(data, 'utf-8', 'surrogatepass')  # noqa: E731
_raw = lambda u, data: data  # noqa: E731

_OPS = {
    PROTO[0]: Unpickler._proto,
    FRAME[0]: Unpickler._frame_start,
    STOP[0]: lambda u: _DONE,
    MARK[0]: Unpickler._mark,
    POP[0]: Unpickler._pop,
    POP_MARK[0]: lambda u: u._since_mark(),
    DUP[0]: lambda u: u._push(u.stack[-1]),
    NONE[0]: lambda u: u._push(None),
    NEWTRUE[0]: lambda u: u._push(True),
    NEWFALSE[0]: lambda u: u._push(False),
    INT[0]: Unpickler._text_int,
    BININT[0]: lambda u: u._push(u._arg('<i')),
    BININT1[0]: lambda u: u._push(u._read(1)[0]),
    BININT2[0]: lambda u: u._push(u._arg('<H')),
    LONG[0]: Unpickler._text_long,
    LONG1[0]: lambda u: u._push(decode_long(u._read(u._read(1)[0]))),
    LONG4[0]: _nonneg_sized('<i', lambda u, d: decode_long(d), 'LONG'),
    FLOAT[0]: lambda u: u._push(float(u._readline()[:-1])),
    BINFLOAT[0]: lambda u: u._push(u._arg('>d')),
    STRING[0]: Unpickler._quoted_string,
    BINSTRING[0]: _nonneg_sized('<i', lambda u, d: u._decode_8bit(d), 'BINSTRING'),
    SHORT_BINSTRING[0]: _sized('<B', lambda u, d: u._decode_8bit(d)),
    BINBYTES[0]: _sized('<I', _raw),
    SHORT_BINBYTES[0]: _sized('<B', _raw),
    BINBYTES8[0]: _sized('<Q', _raw),
    BYTEARRAY8[0]: _sized('<Q', lambda u, d: bytearray(d)),
    UNICODE[0]: lambda u: u._push(str(u._readline()[:-1], 'raw-unicode-escape')),
    BINUNICODE[0]: _sized('<I', _utf8),
    SHORT_BINUNICODE[0]: _sized('<B', _utf8),
    BINUNICODE8[0]: _sized('<Q', _utf8),
    NEXT_BUFFER[0]: Unpickler._next_buffer,
    READONLY_BUFFER[0]: lambda u: None,
    EMPTY_TUPLE[0]: lambda u: u._push(()),
    TUPLE[0]: lambda u: u._push(tuple(u._since_mark())),
    TUPLE1[0]: lambda u: u.stack.__setitem__(slice(-1, None), [tuple(u.stack[-1:])]),
    TUPLE2[0]: lambda u: u.stack.__setitem__(slice(-2, None), [tuple(u.stack[-2:])]),
    TUPLE3[0]: lambda u: u.stack.__setitem__(slice(-3, None), [tuple(u.stack[-3:])]),
    EMPTY_LIST[0]: lambda u: u._push([]),
    LIST[0]: lambda u: u._push(u._since_mark()),
    APPEND[0]: lambda u: u.stack[-2].append(u.stack.pop()),
    APPENDS[0]: Unpickler._appends,
    EMPTY_DICT[0]: lambda u: u._push({}),
    DICT[0]: lambda u: u._push(dict(zip(*[iter(u._since_mark())] * 2))),
    SETITEM[0]: lambda u: u.stack[-3].__setitem__(u.stack.pop(-2), u.stack.pop()),
    SETITEMS[0]: Unpickler._setitems,
    EMPTY_SET[0]: lambda u: u._push(set()),
    ADDITEMS[0]: Unpickler._additems,
    FROZENSET[0]: lambda u: u._push(frozenset(u._since_mark())),
    GLOBAL[0]: Unpickler._global_line,
    STACK_GLOBAL[0]: Unpickler._stack_global,
    EXT1[0]: lambda u: u._extension(u._read(1)[0]),
    EXT2[0]: lambda u: u._extension(u._arg('<H')),
    EXT4[0]: lambda u: u._extension(u._arg('<i')),
    REDUCE[0]: Unpickler._reduce,
    BUILD[0]: Unpickler._build,
    INST[0]: Unpickler._inst,
    OBJ[0]: Unpickler._obj,
    NEWOBJ[0]: Unpickler._newobj,
    NEWOBJ_EX[0]: Unpickler._newobj_ex,
    PERSID[0]: lambda u: u._push(u.persistent_load(u._readline()[:-1].decode('ascii'))),
    BINPERSID[0]: lambda u: u._push(u.persistent_load(u.stack.pop())),
    GET[0]: lambda u: u._memo_push(int(u._readline()[:-1])),
    BINGET[0]: lambda u: u._memo_push(u._read(1)[0]),
    LONG_BINGET[0]: lambda u: u._memo_push(u._arg('<I')),
    PUT[0]: lambda u: u._put(int(u._readline()[:-1])),
    BINPUT[0]: lambda u: u._put(u._read(1)[0]),
    LONG_BINPUT[0]: lambda u: u._put(u._arg('<I')),
    MEMOIZE[0]: lambda u: u._put(len(u.memo)),
}


# ---------------------------------------------------------------------------------------------
# shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes_types)
    return res


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
