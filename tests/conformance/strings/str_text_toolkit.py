# str methods a text script leans on: splitlines on every boundary, expandtabs, case mappings
# of special characters, translate/maketrans, padding, partition, split, encode errors=.
s = 'a\tbc\td\n\tx\r\ny\x0bz\x0c1\x1c2\x1d3\x1e4\x855\u20286\u20297'
print(s.splitlines(), s.splitlines(True))
print(s.expandtabs(), s.expandtabs(4), 'a\tb'.expandtabs(0), '\t'.expandtabs(-1), '12345\t|'.expandtabs(3))
print(b'a\x0bb\x0cc\rd\r\ne\n'.splitlines(), b'a\x0bb\x0cc\rd\r\ne\n'.splitlines(keepends=True))
for w in ['ß', 'ﬁ', 'İ', 'ΣΑΣ', 'ǅ', 'ŉ', 'Straße', 'hello WORLD', "they're bill's friends", 'o\'neil-o\'hara', '1st 2nd', 'ǆemal', 'ᾳ']:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), w.istitle(), len(w.upper()))
t = str.maketrans('abc', 'xyz', 'd')
print('abcdd-cab'.translate(t), t)
t2 = str.maketrans({'a': 'AA', 'b': None, ord('c'): 99, 'é': 'e'})
print('abcé'.translate(t2), sorted(t2.items()))
print('hello'.translate({104: 'J', 111: None}), 'x'.translate([]))
class T:
    def __getitem__(self, k):
        if k == ord('z'): raise LookupError
        return chr(k).upper()
print('abz'.translate(T()))
for args in [('ab', 'c'), ({'ab': 1},), ({1.5: 'x'},), ('a', 'b', 5), (5,)]:
    try: print(str.maketrans(*args))
    except Exception as e: print(type(e).__name__, e)
try: 'a'.translate({97: 5})
except Exception as e: print(type(e).__name__, e)
print(bytes.maketrans(b'ab', b'xy'), b'aabbcc'.translate(bytes.maketrans(b'ab', b'xy'), b'c'), b'abc'.translate(None, b'b'))
for x in ['42', '-42', '+7', '', 'abc', '-', '0']:
    print(repr(x.zfill(5)), repr(x.center(7, '*')), repr(x.ljust(4, '.')), repr(x.rjust(4)), x.partition('4'), x.rpartition('-'))
print('abc'.center(6), 'abc'.center(4), 'ab'.center(5, 'é'))
for args in [('',), ('ab',), (5, 'ab'), (5, '')]:
    try: print('x'.center(*args))
    except Exception as e: print(type(e).__name__, e)
print('a,b,,c'.split(','), 'a b  c '.split(), ' a b '.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), 'aXbXc'.split('X', -1), '  '.split(), ''.split(','))
try: 'a'.split('')
except Exception as e: print(type(e).__name__, e)
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'café€'.encode('ascii', 'xmlcharrefreplace'), 'café€😀'.encode('latin-1', 'backslashreplace'), 'é€'.encode('ascii', 'namereplace'))
try: 'café'.encode('ascii')
except UnicodeEncodeError as e: print(e, e.start, e.end, e.reason, repr(e.object))
print('Hello World'.removeprefix('Hello '), 'x.py'.removesuffix('.py'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 2), 'abcabc'.count('bc', 2), 'abc'.find('c', -1), 'abc'.rindex('a'))
print('\u00bd\u2155'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), int('٣'), float('١.٥'), 'ǅ'.istitle(), 'A1'.isupper(), ' '.isspace(), '\x1c'.isspace(), 'a_1'.isidentifier(), '1a'.isidentifier(), '\t'.isprintable())
print('{:>{w}}|{:<{w}}|'.format('r', 'l', w=4), 'X'.join('abc'), '-'.join([]), 'abc'[::-1], 'abcdef'[1:5:2], 'é' * 3, 'ab' in 'cabd')
print(str(b'ab'), str(b'ab', 'ascii'), str(bytearray(b'x'), errors='strict'), str(), str(1.0), str(object) [:7])
try: str(b'\xff', 'utf-8')
except Exception as e: print(type(e).__name__, e)
try: str('a', 'utf-8')
except Exception as e: print(type(e).__name__, e)
print(ascii('é\n\x00😀'), repr("it's"), repr('"q" \'s\''), repr('\x7f\x80\xa0\xad'), repr('\u2028\ufeff'))
