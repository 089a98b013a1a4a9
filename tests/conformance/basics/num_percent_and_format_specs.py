vals = [0, 1, -1, 255, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 2**64, True, float('nan'), float('-inf')]
for v in vals:
    for spec in ['%d', '%i', '%5d', '%-8.3f', '%x', '%X', '%#o', '%e', '%.2E', '%g', '%G', '%10.4g', '%+d', '% d', '%05.1f', '%s', '%r', '%c', '%u', '%.0f', '%#x', '%a']:
        try: r = spec % v
        except Exception as e: r = f'{type(e).__name__}: {e}'
        print(spec, repr(v), '->', r)
for v in [0, 1234.5678, -0.0001234, 1e21, 12345678901234567890, 0.1, 100, 1e-10, 5e-324]:
    for spec in ['', 'n', '.3n', 'g', '.10g', '#g', '.0e', 'e', 'E', '%', '.1%', ',', '_', ',.2f', '+010.2f', ' 8.2e', '^15.3g', '#.3g', '.2a' if False else 'f', 'z.1f' if False else '.1f', '#x' if isinstance(v, int) else 'F', 'c' if isinstance(v, int) and v < 1000 else '.3F', 'b' if isinstance(v, int) else '=+12.4f', 'o' if isinstance(v, int) else '<12g']:
        try: r = format(v, spec)
        except Exception as e: r = f'{type(e).__name__}: {e}'
        print(repr(spec), repr(v), '->', r)
for bad in [(1.5, 'd'), (1, '.2s'), ('s', 'd'), (1, ',x'), (1.0, 'x'), (1, '=s'), (1j, '=10'), (1.5, ',_f'), (10, '.2c')]:
    try: print(format(*bad))
    except Exception as e: print(type(e).__name__, e)
print('%(a)s and %(b)05.2f' % {'a': 'x', 'b': 3.14159}, '%*d|%-*d|' % (5, 42, 4, 7), '%.*f' % (2, 3.14159), '%%', '%s %s' % ('a', [1, 2]))
for bad in ['%d' , '%d %d', '%z']:
    try: print(bad % (1,) if bad != '%d' else bad % 'x')
    except Exception as e: print(type(e).__name__, e)
