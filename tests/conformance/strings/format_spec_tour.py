import math
x, y, name, pi = 42, -7, 'pyseal', math.pi
big = 1234567890123
vals = [0, 1, -1, 255, -255, 65535, 10**20, True]
print(f'{x=}', f'{x = }', f'{name=!r:>10}', f'{pi=:.3f}', f'{x*2=}', f'{name.upper()=}', f'{ x + y = }')
print(f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}', f'{[1, "a"]!s:>12}|', f'{3.0!r}')
for v in vals:
    print(f'{v:_} {v:,} {v:#x} {v:#o} {v:#b} {v:x} {v:X} {v:#X} {v:08_d} {v:+d} {v: d} {v:^9} {v:*<7} {v:c}' if 0 <= v < 0x110000 else f'{v:_} {v:,} {v:#x} {v:#o} {v:+d} {v:=+12,}')
print(f'{big:_x}', f'{big:_b}'[:20], f'{big:,d}', f'{-big:020,}', f'{big:e}', f'{big:.3g}', f'{big:%}')
floats = [0.0, -0.0, 1.5, -2.25, 1e-7, 123456.789, 1e16, 2.5e-320, float('inf'), float('-inf'), float('nan'), 1/3]
for f in floats:
    print(f'{f:,.2f}|{f:e}|{f:.3e}|{f:g}|{f:.10g}|{f:#g}|{f:%}|{f:.1%}|{f:+.3}|{f:010.3f}|{f:n}|{f!r}|{f}')
for spec in ['>10', '<10', '^10', '=+10.2f', '010.4', '.0f', '.0e', '#.0f', '_.2f', ',', '.15', 'F', 'E', 'G', '-^+12.3e']:
    print(spec.ljust(8), format(1234.5678, spec), format(-0.5, spec), sep='|')
for spec in ['', '>8', '<8', '^8', '*^9', '.2', '>8.3', '!<6', '\u2022^7']:
    print(repr(format('text', spec)), end=' ')
print()
w, p = 12, 3
print(f'{pi:{w}.{p}f}|', f'{pi:>{w}}|', f'{"x":{"*"}^{w}}|', f'{x:{"+" if x > 0 else ""}}', f'{{literal}} {{{x}}}')
print('{0}{1}{0}'.format('ab', 'cd'), '{:>{}}'.format('r', 4), '{a[0]}-{b.real}'.format(a=[9], b=3+4j), '{0[k]!r}'.format({'k': 'v'}))
print('{:%Y}'.format(type('D', (), {'__format__': lambda self, s: 'fmt:' + s})()))
print(format(3+4j, '.2f'), format(1-2j), format(1j, '>10'), f'{2.5+0j:g}', format(complex(1, -0.0)))
print('%s|%r|%a|%5s|%-5s|%.2s' % ('abc', 'abc', 'é', 'ab', 'ab', 'abc'))
print('%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%c|%c' % (42, 42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65, 'z'))
print('%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G|%%|%5.1f%%' % (pi, pi, pi, pi, pi, pi, 1e-5, 1e20, 99.5))
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 31}, '%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, pi))
print('%s %s' % (1, [2, 3]), '%s' % ((1, 2),), '%s' % [1, 2], b'%s %d %x %c %r' % (b'ab', 3, 255, 65, 'q'))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%(a)s' % 5,
            lambda: '%z' % 1, lambda: format(1.5, 'd'), lambda: format('a', 'd'), lambda: format(1, '.2s'),
            lambda: f'{x:,_}', lambda: '{0}{}'.format(1, 2), lambda: '{'.format(), lambda: '}'.format(),
            lambda: '{2}'.format(1), lambda: '{x}'.format(), lambda: format(1, '=^'), lambda: format('s', '='),
            lambda: format(10, 'c' * 2), lambda: '%c' % 0x110000, lambda: format(-1, 'c'), lambda: f'{x:#s}',
            lambda: format(1.0, '#x'), lambda: format([], 'x'), lambda: '{!z}'.format(1), lambda: '{0:{1}}'.format(1, '{')]:
    try:
        print('no error:', bad())
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
