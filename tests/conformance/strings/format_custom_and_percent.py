# Custom __format__, nested format specs, str subclasses, printf-style % on str and bytes
# (%r %a %c %* and the errors), and f-string self-documenting fields.
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith('$'):
            return '$' + format(self.c / 100, spec[:-1] or '.2f')
        return format(self.c, spec)
    def __repr__(self): return f'Money({self.c})'
    def __str__(self): return f'{self.c/100:.2f} USD'
m = Money(123456)
print(f'{m}', f'{m:,.2f$}', f'{m:>12$}', f'{m!r:>14}', f'{m!s:*^16}', '{0:$}'.format(m), format(m, ',d'))
w, p = 12, 3
print(f'{3.14159:{w}.{p}f}|{"x":{"^"}{w}}|{42:{"0"}{w}{","}}')
print('{:{}.{}f}'.format(2.71828, 10, 2), '{0:{1}}'.format('hi', '>6'), '{a:{b}{c}}'.format(a=5, b='0', c=4))
class S(str):
    def __str__(self): return 'S-str'
    def __format__(self, spec): return 'S-fmt:' + spec
s = S('plain')
print(f'{s}', f'{s:>3}', str(s), '%s' % s, '{}'.format(s), s.upper(), type(s.upper()).__name__, s + 'x', type(s + 'x').__name__, repr(s))
class U(str): pass
u = U('abc')
print(type(u[0]).__name__, type(u.strip()).__name__, type(str(u)).__name__, u == 'abc', hash(u) == hash('abc'), type(u * 2).__name__, type(''.join([u])).__name__)
print('%r %a %s' % ('é', 'é', 'é'), '%c%c' % (65, 'z'), '%*d|%-*d|' % (5, 42, 4, 7), '%.*f' % (2, 3.14159), '%5.1s|' % 'abc')
print('%(name)s is %(age)03d' % {'name': 'Bob', 'age': 7}, '%x %X %o %#x %#o %e %E %g %G %%' % (255, 255, 8, 255, 8, 1234.5, 0.00012, 1e-5, 1e20))
print('%+d % d %05d %-5d| %5s %-5s|' % (3, 3, -3, 3, 'ab', 'ab'), '%i %u' % (3.9, -2.1), '%.3s' % 'abcdef', '%5.2f%%' % 99.555)
for args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%c', 'ab'), ('%c', 1114112), ('%*d', ('a', 1)), ('%s %(a)s', {'a': 1}), ('%', ()), ('%.*f', (1.5, 2.0)), ('%x', 1.5), ('%d', None), ('%s', ()), ('%(a', {'a':1})]:
    try: print(repr(args[0] % args[1]))
    except Exception as e: print(args, type(e).__name__, e)
print(b'%s %d %x %c %r %a %b' % (b'ab', 5, 255, 65, b'q', 'é', b'zz'), b'%(k)s' % {b'k': b'v'}, b'%5s|%-5s|' % (b'ab', b'cd'))
for args in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1')]:
    try: print(args[0] % args[1])
    except Exception as e: print(args, type(e).__name__, e)
print('%s' % [1, 'a'], '%s %s' % (None, True), '%r' % {'a': 1}, '%d' % True, '%f' % 1, '%s' % (1,), '%s' % ((1, 2),))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5), '%e' % 0, '%g' % 100000, '%g' % 1000000, '%#g' % 1, '%#x' % 0, '%#o' % 0)
print(f'{1234567.891:_.2f} {0.000012345:.3g} {12345678:_x} {-17:#06x} {3:b>5} {"ab"!r:^8} {b"x"!r}')
print(f'{"nested {braces}"}', f'{{literal}}', f'{1+1=}', f'{"a"=!r:>5}', f'{3.0=:.2f}')
import math
print(f'{math.pi:.{p}f}', f"{'x':-^{w}}", f'{10:#{w}_b}')
print(format(12345.6789, ','), format(-0.0, '+'), format(1e-10, ','), format(123, '+,'), format(2**70, '_x'))
