import textwrap, difflib, string

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
        "Supercalifragilisticexpialidocious-words-with-hyphens get broken too.")
for width in [20, 33, 50]:
    print(f'--- width {width}')
    for line in textwrap.wrap(para, width):
        print(f'|{line:<{width}}|')
print(textwrap.fill(para, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('short', 10), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap('a\tb\tc  d', 8, expand_tabs=True, tabsize=4), textwrap.wrap('one.  Two', 20, fix_sentence_endings=True))
print(textwrap.wrap('abcdefghijklmnop qr', 5), textwrap.wrap('abcdefghijklmnop qr', 5, break_long_words=False))
print(textwrap.wrap('well-known re-entrant x', 6), textwrap.wrap('well-known re-entrant x', 6, break_on_hyphens=False))
print(textwrap.wrap(para, 30, max_lines=3), textwrap.wrap(para, 30, max_lines=2, placeholder=' [more]'))
print(textwrap.shorten(para, 60), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11))
print(textwrap.shorten(para, 40, placeholder='...'))
try:
    textwrap.shorten('Hello', 3)
except ValueError as e:
    print(e)
code = '''
    def f(x):
        if x:
            return 1

        return 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   x\n  \n   y')))
print(textwrap.indent('a\n\nb\n', '> '), textwrap.indent('a\n\nb', '+ ', lambda l: True), sep='')
w = textwrap.TextWrapper(width=25, initial_indent='-> ', drop_whitespace=False, replace_whitespace=True)
print(w.wrap('x  y\tz ' * 4))

print('--- difflib')
a = ['apple\n', 'banana\n', 'cherry\n', 'date\n', 'elder\n', 'fig\n']
b = ['apple\n', 'blueberry\n', 'cherry\n', 'date\n', 'fig\n', 'grape\n']
print(''.join(difflib.unified_diff(a, b, fromfile='old.txt', tofile='new.txt')), end='')
print(''.join(difflib.unified_diff(a, b, n=1, lineterm='\n')), end='')
print(''.join(difflib.context_diff(a, b, 'a', 'b')), end='')
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'two\n', 'emu\n', 'three!\n'])), end='')
sm = difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.real_quick_ratio(), sm.find_longest_match(0, 29, 0, 38))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks())
sm2 = difflib.SequenceMatcher(lambda c: c == ' ', 'abcd efgh', 'abxd efgz')
print(sm2.ratio(), list(sm2.get_grouped_opcodes(1)))
words = ['apple', 'apply', 'ape', 'maple', 'peach', 'applet', 'happy']
print(difflib.get_close_matches('appel', words), difflib.get_close_matches('appel', words, n=2, cutoff=0.8))
print(difflib.get_close_matches('xyz', words), difflib.get_close_matches('pech', words, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n']), 2)))

print('--- string')
t = string.Template('$who likes $what; ${who}s cost $$5 $amount')
print(t.substitute(who='tim', what='kung pao', amount=3), t.safe_substitute(who='ann'))
print(t.safe_substitute({'what': 'tea'}, who='bo'), sorted(t.get_identifiers()), t.is_valid())
for bad in [lambda: t.substitute(who='x'), lambda: string.Template('$ x').substitute(), lambda: string.Template('${bad').substitute(bad=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name is %{age}y').substitute(name='Al', age=5))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords('  hello   big world  '), string.capwords('a-b c-d', '-'))
f = string.Formatter()
print(f.format('{0}-{x:>4}', 1, x='y'), list(f.parse('a{0!r:>3}b{{c}}{x}')))
