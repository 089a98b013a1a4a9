# format() of ints, bools, floats, complex and str across a grid of format specs: grouping,
# alternate forms, sign, fill/align, precision, and the errors of invalid specs.
import math
vals = [0, 1, -1, 7, 255, -255, 1234567, -1234567, 10**20, True, False]
specs = ['', 'd', '_', ',', '_d', ',d', '+d', ' d', '#x', '#X', '#o', '#b', 'x', '_x', '_b', '_o', '08d', '+08d', '08,d', '010_d', '^10', '<10', '>10', '=10', '*^12,', 'c', 'n', 'e', '.2e', 'g', '.3g', '%', '.1%', 'f', ',.2f', '#08x', '#_x', '-^+10', '0=+10', 'X', '#010b']
for v in vals:
    row = []
    for s in specs:
        try: row.append(format(v, s))
        except Exception as e: row.append(f'{type(e).__name__}:{e}')
    print(repr(v), '|'.join(row))
fvals = [0.0, -0.0, 1.5, -1.5, 2.5, 3.14159265, 1e16, 1.234e-7, 123456789.125, float('inf'), float('-inf'), float('nan'), 1e100, 0.1, 100.0, 1/3, 5e-324]
fspecs = ['', 'f', '.0f', '.2f', ',.2f', '_.3f', 'e', '.3e', 'E', 'g', '.3g', 'G', '.10g', '#g', '#.3g', '%', '.2%', '+.1f', ' .1f', '010.2f', '=+10.2f', '^12.3', 'n', '.0e', '#.0e', '#.0f', '.15g', '.17g', 'r' if False else '.1', '.5', '>12,.1f', '0<10.1f', 'z.1f' if False else '.1f']
for v in fvals:
    row = []
    for s in fspecs:
        try: row.append(format(v, s))
        except Exception as e: row.append(f'{type(e).__name__}:{e}')
    print(repr(v), '|'.join(row))
for bad in [(1, 's'), (1.5, 'd'), ('x', 'd'), (1, ',_'), (1, '_,'), (1.5, 'x'), (1, '.2d'), ('s', ','), ('s', '=10'), (1, 'c' if False else 'z'), (1, '+c'), (1, ',c'), (1j, '=10'), ('abc', '+'), (None, '>5'), ([], 's'), (1, '#c'), (10**30, 'c'), (-1, 'c'), (1.5, ',e'), (1, '1000000000000000000000d')]:
    try: print(repr(format(*bad)))
    except Exception as e: print(bad, type(e).__name__, e)
cvals = [1+2j, -1.5j, complex(0, 0), complex(1e20, -1e-5), complex(float('nan'), float('inf'))]
for v in cvals:
    for s in ['', '.2f', '>20', '+.3e', 'g', '^30.2f', '.1']:
        try: print(repr(v), s, repr(format(v, s)))
        except Exception as e: print(repr(v), s, type(e).__name__, e)
for s in ['', '<8', '>8', '^8', '*^9', '.2', '10.3', '=^7', '-<5']:
    try: print(repr(format('abc', s)))
    except Exception as e: print(s, type(e).__name__, e)
