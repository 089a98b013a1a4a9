# str methods in their corners
s = '  Hello, World! Hello again.  '
print(s.split(), s.split(' '), s.split(',', 1), s.rsplit(None, 1), s.rsplit(' ', 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 0), ''.split(','), ''.split(), '   '.split())
print('1  2   3'.split(maxsplit=1), '1  2   3'.rsplit(maxsplit=1), 'x\ty\nz\x0bw\x0cq\x1cr'.split())
print('a\u2003b\u00a0c'.split(), 'a\u200bb'.split())
print(s.strip(), repr(s.lstrip()), repr(s.rstrip(' .')), 'xxhixyx'.strip('xy'), 'abc'.strip(''))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('='))
table = str.maketrans('abc', 'xyz', 'd')
print('aabbccdd'.translate(table), sorted(table.items()))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 'ooo'}))
print(str.maketrans({'a': '1', 'b': None}), 'abcabc'.translate(str.maketrans({'a': '1', 'b': None})))
print('col1\tcol2\t\tc3'.expandtabs(), 'col1\tcol2\t\tc3'.expandtabs(4), 'a\tb\nccc\td'.expandtabs(3), repr('\t'.expandtabs(0)))
text = 'line1\nline2\r\nline3\rline4\x0bline5\x1eline6\u2028end\n'
print(text.splitlines(), text.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'x\n\n'.splitlines(keepends=True))
print('Straße ǅ ﬁ'.casefold(), 'Straße'.upper(), 'ǅungla'.lower(), 'ﬁne'.upper(), 'İ'.lower(), len('İ'.lower()))
print("they're bill's friends from the UK".title(), 'hello wORLD 3rd-place x1y'.title(), 'ǆemal'.title())
print('hELLO wORLD'.capitalize(), 'ßtraße'.capitalize(), '123abc'.capitalize(), 'ǆx'.capitalize())
print('Hello World ǅ ß'.swapcase(), 'ΣΑΣ'.lower(), 'ΌΣΟΣ ΣΑΣ.'.lower())
for w in ['abc', '_x1', '1abc', 'déjà', 'a-b', '', 'if', 'ℌx', 'x\u0300', '\u0300x', 'Ⅻ']:
    print(repr(w), w.isidentifier(), end='; ')
print()
for w in ['123', '½', '²', '٣', '⅕', 'Ⅻ', '১২', '12.5', '', '³4', '𝟘', '五', '-1']:
    print(repr(w), w.isnumeric(), w.isdecimal(), w.isdigit(), w.isalnum(), end='; ')
print()
for w in ['abc', 'ABC', 'Abc', 'aBc', 'a1', 'A1', '1', 'Ab Cd', 'Ab cd', 'ǅa', 'ǅ', '', ' ', 'ﬁ']:
    print(repr(w), w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isspace(), end='; ')
print()
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(2), 'abc'.zfill(6), '-'.zfill(3), ''.zfill(2), '-0.5'.zfill(7))
print('mid'.center(9, '*'), 'mid'.center(8, '*'), 'ab'.center(5), '|' + 'x'.ljust(4, '.') + '|' + 'x'.rjust(4, '→') + '|')
print('mississippi'.count('ss'), 'mississippi'.count('s', 3, 6), 'mississippi'.count(''), 'abc'.count('', 1, 2), 'aaa'.count('aa'))
print('mississippi'.find('ss', 3), 'mississippi'.find('ss', -5), 'mississippi'.rfind('ss'), 'abc'.find('', 5), 'abc'.find('', 3), 'abc'.rfind(''))
print('mississippi'.index('ip', 0, -1), 'mississippi'.rindex('s', None, 5), 'x'.find('x', -100, 100))
try:
    'abc'.index('d')
except ValueError as e:
    print(e)
try:
    'abc'.rindex('a', 1)
except ValueError as e:
    print(e)
print('report.TXT'.lower().endswith(('.txt', '.md')), 'http://x'.startswith(('https', 'http')), 'abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2), 'abc'.startswith(()))
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(e)
print('test_file.py'.removeprefix('test_'), 'test_file.py'.removesuffix('.py'), 'x'.removeprefix('xx'), 'aaa'.removesuffix('a'))
print('-'.join(['a', 'b']), ''.join([]), ', '.join(map(str, range(5))))
try:
    ', '.join(['a', 1, 'b'])
except TypeError as e:
    print(e)
print('abc' * 0, 'ab' * 3, -1 * 'x', 'a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', 'é' > 'z')
print('Hello'[::-1], 'Hello'[1:-1:2], 'Hello'[10:], 'Hello'[-100:2], 'héllo wörld'[3:8], 'héllo'[-1])
print(max('hello'), min('hello'), sorted('hello'), sorted(['b', 'A', 'a', 'B'], key=str.lower), 'abc'.__contains__('bc'))
print('%s' % 'x', 'aXbXc'.replace('X', '-', 1), 'aaa'.replace('', '|'), 'aaa'.replace('a', 'bb', -1), 'abc'.replace('', '-', 2))
print(str(b'abc', 'ascii'), str(b'\xe9', 'latin-1'), str(123), str(), repr(str(1.0)), str(None), str([1, 'a']))
print('ab\x00c'.isprintable(), 'tab\t'.isprintable(), 'é'.isascii(), ''.isascii(), 'x'.isascii())
print(chr(65), ord('€'), [ord(c) for c in 'añ😀'], ascii('añ😀'), 'a\N{BULLET}b', '\x41\u0042\U00000043')
