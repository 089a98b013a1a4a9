import re

bad = ['(abc', 'abc)', '[a-', '[z-a]', 'a**', '*a', '(?P<1x>a)', '(?P<n>a)(?P<n>b)', r'\1(a)',
       '(?<=a+)b', 'a{3,2}', '(?z)', r'\k', '(?P=missing)', '[]', 'x{', r'\p{L}', '(?#unclosed',
       '(?P<a>x)(?P=a', r'a\\', '\\', 'a|*', '(?i', r'[\d-z]', '(?<!ab|c)x', r'\x4', r'\u12',
       '(?P<>x)', '(?(1)a|b|c)', '??', 'a{,3}', 'a{2}{3}', r'(?P<name>a)(?(name)b)', r'[\w-\d]',
       '(a)(?(2)b)', 'abc(?i)', '(?-i)a', '(?i-i:a)', '(?a-u:x)', r'\N{DIGIT ONE}', r'[\N{LATIN SMALL LETTER A}-c]+']
for p in bad:
    try:
        c = re.compile(p)
        print('ok   ', repr(p), c.groups, bool(c.search('a1b')))
    except re.error as e:
        print('error', repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('(a\n(b\n[c')
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    re.compile(b'(a)', re.U)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.search(r'\d', b'123')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', r'\2', 'aaa')
except re.error as e:
    print(type(e).__name__, e)
try:
    re.sub('(a)', r'\g<x>', 'aaa')
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
try:
    re.match('(a)', 'a').group(3)
except IndexError as e:
    print(type(e).__name__, e)
try:
    re.match('(?P<x>a)', 'a').group('y')
except IndexError as e:
    print(type(e).__name__, e)
print(re.error.__mro__[1].__name__, re.error is re.error)
re.compile('(?P<bad')
