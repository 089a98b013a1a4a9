for base, arg in [(int, 5), (float, 2.5), (complex, 1j), (str, 'hi'), (bytes, b'x'), (bytearray, b'y'),
                  (list, [1]), (tuple, (1,)), (dict, {1: 2}), (set, {1}), (frozenset, {2}), (bool, None)]:
    if base is bool: continue
    C = type('C' + base.__name__, (base,), {'__repr__': lambda self: 'R!'})
    c = C(arg)
    print(base.__name__, str(c), repr(c), f'{c}', '%s' % (c,), [c], format(c, ''))
    D = type('D' + base.__name__, (base,), {})
    d = D(arg)
    print(base.__name__, str(d), repr(d), f'{d}', [d])
