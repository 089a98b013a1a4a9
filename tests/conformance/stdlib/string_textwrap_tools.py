# string.Template, string.Formatter subclasses, capwords and constants; textwrap wrap/fill/
# shorten/dedent/indent with the TextWrapper options.
import string, textwrap
t = string.Template('$who likes ${what}; $$5 ${missing}')
print(t.safe_substitute(who='tim', what='kung pao'))
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
try: string.Template('$1').substitute()
except ValueError as e: print('ValueError', e)
class MyT(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%a and %{b} %%').substitute(a=1, b=2), string.Template('$x').get_identifiers() if hasattr(string.Template, 'get_identifiers') else '', string.Template('$x $x ${y}').is_valid())
print(string.capwords(' hello   world-wide  web '), string.capwords('a-b c', '-'))
f = string.Formatter()
print(f.format('{0}-{x!r:>5}', 1, x='a'), list(f.parse('a{0:>3}b{x!r}c{{')), f.vformat('{a}', (), {'a': 1}))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, f'<{key}>')
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u': return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == 'stars': return '*' * len(str(value))
        return super().format_field(value, spec)
print(F().format('{a} {b!u} {c:stars} {0:>4}', 7, a='A', b='bee', c='four'))
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.octdigits, string.hexdigits, len(string.printable))
text = ("The quick brown fox jumps over the lazy dog. " * 3).strip() + " Supercalifragilisticexpialidocious-word here."
for w in [10, 20, 33]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world', 11, placeholder='~'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=15, break_long_words=False, max_lines=3, placeholder=' [...]')
print(w.wrap(text))
print(textwrap.wrap('a\tb\tc long-hyphenated-words-here yes', 12, expand_tabs=True, tabsize=4, break_on_hyphens=True))
print(textwrap.wrap('a\tb\tc long-hyphenated-words-here yes', 12, break_on_hyphens=False, drop_whitespace=False))
print(textwrap.wrap('First sentence.  Second one!  Third?', 18, fix_sentence_endings=True))
print(textwrap.wrap('   leading and trailing   ', 10), textwrap.wrap('', 5), textwrap.wrap('x' * 25, 10))
try: textwrap.wrap('abc', 0)
except ValueError as e: print('ValueError', e)
