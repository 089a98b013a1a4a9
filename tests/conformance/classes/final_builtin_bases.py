# Built-in types that cannot be subclassed.


def try_subclass(base):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError:', e)
    else:
        print('subclassed', base.__name__)


for base in (bool, type(None), range, slice, memoryview, type(len), type(try_subclass),
             type(...), int, str, list, dict):
    try_subclass(base)

try:
    type('Flag', (bool,), {})
except TypeError as e:
    print('TypeError:', e)


class Strict(bool):
    pass
